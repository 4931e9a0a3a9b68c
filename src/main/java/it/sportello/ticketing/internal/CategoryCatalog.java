package it.sportello.ticketing.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable list of ticket categories. Read on every ticket, changed rarely by an
 * administrator: kept in memory and reloaded after each change.
 */
@Component
public class CategoryCatalog {

	private final CategoryRepository repository;

	private final AtomicReference<@Nullable List<Category>> cache = new AtomicReference<>();

	CategoryCatalog(CategoryRepository repository) {
		this.repository = repository;
	}

	public List<Category> all() {
		List<Category> categories = cache.get();
		if (categories == null) {
			categories = List.copyOf(repository.findAllByOrderByPositionAscCodeAsc());
			cache.set(categories);
		}
		return categories;
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
		cache.set(null);
		return saved;
	}

}
