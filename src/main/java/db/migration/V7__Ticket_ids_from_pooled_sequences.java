package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tickets and their history take their ids from sequences that hand out blocks of 50 (Hibernate's
 * pooled-lo optimizer): an identity column made every insert a statement of its own, executed at once
 * with the generated key read back; with blocks, the rows of an opening are written together at commit.
 * Each sequence starts after the highest id already used, and becomes the column's default so that a
 * row inserted by hand cannot collide with a block. A Java migration because the statements differ
 * between PostgreSQL and H2 and both need the current maximum.
 */
public class V7__Ticket_ids_from_pooled_sequences extends BaseJavaMigration {

	static final int BLOCK = 50;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
		try (Statement statement = connection.createStatement()) {
			for (String table : List.of("ticket", "ticket_history")) {
				long next;
				try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
					max.next();
					next = max.getLong(1);
				}
				String sequence = table + "_id_block";
				statement.execute("create sequence " + sequence + " start with " + next + " increment by " + BLOCK);
				statement.execute("alter table " + table + " alter column id drop identity");
				statement.execute("alter table " + table + " alter column id set default "
						+ (postgres ? "nextval('" + sequence + "')" : "next value for " + sequence));
			}
		}
	}

}
