package it.sportello.citizens.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import it.sportello.citizens.CitizenKind;
import it.sportello.citizens.CitizenView;
import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A citizen's record as {@link CitizenView}, read with one statement and no persistence context: what
 * every read of a ticket needs (the view is immutable, so there is nothing for an entity to track).
 */
@Component
class CitizenViews {

	private static final String SELECT = """
			select id, kind, first_name, last_name, company_name, fiscal_code, phone, email, preferred_channel
			from citizen where id = ?""";

	private final JdbcClient jdbc;

	CitizenViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CitizenView> find(long id) {
		return jdbc.sql(SELECT).param(id).query(CitizenViews::view).optional();
	}

	private static CitizenView view(ResultSet rs, int rowNum) throws SQLException {
		CitizenKind kind = CitizenKind.valueOf(rs.getString(2));
		String firstName = rs.getString(3);
		String lastName = rs.getString(4);
		String companyName = rs.getString(5);
		return new CitizenView(rs.getLong(1), kind, Citizen.displayName(kind, firstName, lastName, companyName),
				firstName, lastName, companyName, rs.getString(6), rs.getString(7), rs.getString(8),
				channel(rs.getString(9)));
	}

	private static @Nullable Channel channel(@Nullable String name) {
		return name == null ? null : Channel.valueOf(name);
	}

}
