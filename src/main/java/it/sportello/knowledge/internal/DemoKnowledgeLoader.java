package it.sportello.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty knowledge base with the demo sheets and procedures ({@code demo/knowledge/*.json}) when
 * {@code sportello.demo.enabled=true}, through the same import an administrator runs. The files name offices and
 * people of the structure, so this runs as an application runner: after the demo organization, which loads once every
 * bean exists, and before the application reports itself ready.
 */
@Component
@ConditionalOnBooleanProperty("sportello.demo.enabled")
class DemoKnowledgeLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeLoader.class);

	static final String IMPORTED_BY = "import";

	private final JdbcTemplate jdbc;

	private final KnowledgeImport knowledgeImport;

	DemoKnowledgeLoader(JdbcTemplate jdbc, KnowledgeImport knowledgeImport) {
		this.jdbc = jdbc;
		this.knowledgeImport = knowledgeImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			loadIfEmpty();
		}
		catch (DataIntegrityViolationException anotherNode) {
			// Two nodes started on an empty database at once: the other one loaded the same rows.
			log.info("Demo knowledge already loaded by another node");
		}
	}

	/** @return whether anything was loaded */
	boolean loadIfEmpty() {
		Integer count = jdbc.queryForObject("select count(*) from knowledge_sheet", Integer.class);
		if (count != null && count > 0) {
			return false;
		}
		KnowledgeImportReport report = knowledgeImport.run(read(KnowledgeFiles.SHEETS), read(KnowledgeFiles.PROCEDURES),
				false, IMPORTED_BY);
		if (!report.applied()) {
			throw new IllegalStateException("The demo knowledge does not import: " + report.problems());
		}
		log.info("Loaded the demo knowledge: {} sheets, {} FAQ, {} procedures", report.sheets().created(),
				report.faqs().created(), report.procedures().created());
		return true;
	}

	static byte[] read(String name) {
		try {
			return new ClassPathResource("demo/knowledge/" + name).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
