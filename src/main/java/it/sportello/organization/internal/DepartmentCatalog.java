package it.sportello.organization.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import it.sportello.identity.KnownDepartments;
import it.sportello.organization.DepartmentView;
import it.sportello.organization.Departments;
import it.sportello.organization.OfficeView;
import org.springframework.stereotype.Service;

/**
 * {@link Departments} from an in-memory snapshot of the structure. The structure changes a few times a
 * year, so the snapshot is rebuilt only when this node changes it ({@link #refresh()}) or, for changes
 * made on another node, after a few minutes. It also tells identity which departments a
 * department-scoped user may be bound to.
 */
@Service
class DepartmentCatalog implements Departments, KnownDepartments {

	private static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final String KEY = "structure";

	private final LoadingCache<String, Structure> snapshot;

	DepartmentCatalog(DepartmentRepository departments, OfficeRepository offices) {
		this.snapshot = Caffeine.newBuilder()
			.expireAfterWrite(MAX_AGE)
			.build(key -> Structure.of(departments.findAll(), offices.findAll()));
	}

	/** Forgets the snapshot after the structure was written, so the next read sees the change. */
	void refresh() {
		snapshot.invalidateAll();
	}

	private Structure structure() {
		return snapshot.get(KEY);
	}

	@Override
	public List<DepartmentView> all() {
		return structure().departments();
	}

	@Override
	public Optional<DepartmentView> find(String code) {
		return Optional.ofNullable(structure().departmentsByCode().get(code));
	}

	@Override
	public boolean exists(String code) {
		return structure().departmentsByCode().containsKey(code);
	}

	@Override
	public Optional<OfficeView> findOffice(String code) {
		return Optional.ofNullable(structure().officesByCode().get(code));
	}

	/** Full names by code, in the same order as {@link #all()}. */
	@Override
	public Map<String, String> namesByCode() {
		Map<String, String> names = new LinkedHashMap<>();
		all().forEach(department -> names.put(department.code(), department.name()));
		return names;
	}

	@Override
	public List<OfficeView> offices(String departmentCode) {
		return structure().officesByDepartment().getOrDefault(departmentCode, List.of());
	}

}
