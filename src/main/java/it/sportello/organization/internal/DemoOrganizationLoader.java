package it.sportello.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty structure with the demo departments and offices ({@code demo/organization/*.csv}) when
 * {@code sportello.demo.enabled=true}. Runs once every bean exists but before any application runner, so
 * that other modules' demo data (users bound to departments, tickets assigned to them) find it.
 */
@Component
@ConditionalOnBooleanProperty("sportello.demo.enabled")
class DemoOrganizationLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizationLoader.class);

	private static final String DEPARTMENTS = "demo/organization/departments.csv";

	private static final String OFFICES = "demo/organization/offices.csv";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DepartmentCatalog catalog;

	DemoOrganizationLoader(JdbcTemplate jdbc, TransactionTemplate transaction, DepartmentCatalog catalog) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.catalog = catalog;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			loadIfEmpty();
		}
		catch (DuplicateKeyException anotherNode) {
			// Two nodes started on an empty database at once: the other one loaded the same rows.
			log.info("Demo organization already loaded by another node");
		}
	}

	/** @return whether anything was loaded */
	boolean loadIfEmpty() {
		Boolean loaded = transaction.execute(status -> {
			Integer count = jdbc.queryForObject("select count(*) from department", Integer.class);
			if (count != null && count > 0) {
				return false;
			}
			List<OrganizationCsv.DepartmentRow> departments = OrganizationCsv.departments(open(DEPARTMENTS));
			List<OrganizationCsv.OfficeRow> offices = OrganizationCsv.offices(open(OFFICES));
			insertDepartments(departments);
			insertOffices(offices);
			log.info("Loaded the demo organization: {} departments, {} offices", departments.size(), offices.size());
			return true;
		});
		catalog.refresh();
		return Boolean.TRUE.equals(loaded);
	}

	private void insertDepartments(List<OrganizationCsv.DepartmentRow> rows) {
		jdbc.batchUpdate("""
				insert into department (code, name, short_name, address, phone, email, pec, website)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
			ps.setString(1, row.code());
			ps.setString(2, row.name());
			ps.setString(3, row.shortName());
			ps.setString(4, row.address());
			ps.setString(5, row.phone());
			ps.setString(6, row.email());
			ps.setString(7, row.pec());
			ps.setString(8, row.website());
		});
	}

	/** Rows arrive parents first, so one batch in file order satisfies the parent reference. */
	private void insertOffices(List<OrganizationCsv.OfficeRow> rows) {
		jdbc.batchUpdate("""
				insert into office (code, department_code, parent_code, name, type, phone, email, pec, address,
				                    opening_hours, website, competences)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
			ps.setString(1, row.code());
			ps.setString(2, row.departmentCode());
			ps.setString(3, row.parentCode());
			ps.setString(4, row.name());
			ps.setString(5, row.type());
			ps.setString(6, row.phone());
			ps.setString(7, row.email());
			ps.setString(8, row.pec());
			ps.setString(9, row.address());
			ps.setString(10, row.openingHours());
			ps.setString(11, row.website());
			ps.setString(12, row.competences());
		});
	}

	private static InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
