package it.sportello.ticketing.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The configurable list of ticket categories. Read on every ticket, changed rarely by an
 * administrator: kept in memory, forgotten when a change commits on this node and, for changes made on
 * another node, after {@code sportello.tickets.categories-cache-ttl} (a minute by default).
 */
@Component
public class CategoryCatalog {

	private final CategoryRepository repository;

	private static final String ALL = "all";

	private final Cache<String, List<Category>> cache;

	CategoryCatalog(CategoryRepository repository, Clock clock, TicketingProperties properties) {
		this.repository = repository;
		// Timed by the application's clock, so that expiry can be tested by moving it.
		this.cache = Caffeine.newBuilder()
			.expireAfterWrite(properties.categoriesCacheTtl())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	public List<Category> all() {
		return cache.get(ALL, key -> List.copyOf(repository.findAllByOrderByPositionAscCodeAsc()));
	}

	public List<Category> active() {
		return all().stream().filter(Category::active).toList();
	}

	public Optional<Category> find(String code) {
		return all().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public Category require(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("category.not-found", code));
	}

	/** A category a new ticket may use: known and active. */
	public Category requireActive(String field, String code) {
		return find(code).filter(Category::active)
			.orElseThrow(() -> new InvalidInputException(field, "category.unknown", code));
	}

	@Transactional
	public Category save(String code, String label, @Nullable String labelEn, int targetWorkingDays, boolean active,
			int position) {
		Category category = repository.findById(code).orElse(null);
		if (category == null) {
			category = new Category(code, label, labelEn, targetWorkingDays, position);
		}
		category.update(label, labelEn, targetWorkingDays, active, position);
		Category saved = repository.save(category);
		forgetOnCommit();
		return saved;
	}

	/** After the commit: forgotten earlier, a concurrent read could load and keep the old list again. */
	private void forgetOnCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			cache.invalidateAll();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cache.invalidateAll();
			}
		});
	}

}
