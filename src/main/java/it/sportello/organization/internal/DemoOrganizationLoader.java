package it.sportello.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import it.sportello.organization.ImportOptions;
import it.sportello.organization.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty structure with the demo departments, offices and employees ({@code demo/organization/*.csv})
 * when {@code sportello.demo.enabled=true}, through the same import an administrator runs, so the demo also
 * proves the importer. Runs once every bean exists but before any application runner, so that other modules'
 * demo data (users bound to departments, tickets assigned to them) find it.
 */
@Component
@ConditionalOnBooleanProperty("sportello.demo.enabled")
class DemoOrganizationLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizationLoader.class);

	static final String AUDIT_NAME = "demo";

	private final JdbcTemplate jdbc;

	private final DirectoryImport directoryImport;

	DemoOrganizationLoader(JdbcTemplate jdbc, DirectoryImport directoryImport) {
		this.jdbc = jdbc;
		this.directoryImport = directoryImport;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			loadIfEmpty();
		}
		catch (DataIntegrityViolationException anotherNode) {
			// Two nodes started on an empty database at once: the other one loaded the same rows.
			log.info("Demo organization already loaded by another node");
		}
	}

	/** @return whether anything was loaded */
	boolean loadIfEmpty() {
		Integer count = jdbc.queryForObject("select count(*) from department", Integer.class);
		if (count != null && count > 0) {
			return false;
		}
		DirectoryFiles files = new DirectoryFiles(read(DirectoryFiles.DEPARTMENTS), read(DirectoryFiles.OFFICES),
				read(DirectoryFiles.EMPLOYEES));
		ImportReport report = directoryImport.run(files, new ImportOptions(false, false), AUDIT_NAME);
		if (!report.applied()) {
			throw new IllegalStateException("The demo directory does not import: " + report.problems());
		}
		log.info("Loaded the demo organization: {} departments, {} offices, {} employees", report.departments().rows(),
				report.offices().rows(), report.employees().rows());
		return true;
	}

	private static byte[] read(String name) {
		try {
			return new ClassPathResource("demo/organization/" + name).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
