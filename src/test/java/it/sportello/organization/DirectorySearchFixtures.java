package it.sportello.organization;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import it.sportello.search.SearchIndexes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the demo phone directory (832 people of {@code demo/organization/employees.csv}) in the database if
 * the demo loader has not, with plain JDBC like a bulk import would, and rebuilds the index so searches
 * see it. Idempotent: the shared test context runs it once and every test class may call it.
 */
public final class DirectorySearchFixtures {

	private DirectorySearchFixtures() {
	}

	public static synchronized void demoDirectory(JdbcTemplate jdbc, SearchIndexes indexes) {
		Integer people = jdbc.queryForObject("select count(*) from employee", Integer.class);
		if (people != null && people > 0) {
			return;
		}
		List<CSVRecord> rows = read("demo/organization/employees.csv");
		jdbc.batchUpdate("""
				insert into employee (id, first_name, last_name, title, position, office_code, extension, direct_phone,
				                      email, room) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 200, (ps, row) -> {
			String[] columns = { "id", "first_name", "last_name", "title", "position", "office_code", "extension",
					"direct_phone", "email", "room" };
			for (int i = 0; i < columns.length; i++) {
				String value = row.get(columns[i]);
				ps.setString(i + 1, value == null || value.isBlank() ? null : value);
			}
		});
		indexes.rebuild();
	}

	private static List<CSVRecord> read(String path) {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
