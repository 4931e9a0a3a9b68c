package it.sportello.citizens.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.sportello.citizens.CitizenKind;
import it.sportello.citizens.CitizenView;
import it.sportello.shared.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Citizens' records as {@link CitizenView}, read with one statement and no persistence context: what reading
 * a ticket and listing tickets need (a view is immutable, so there is nothing for an entity to track).
 */
@Component
class CitizenViews {

	private static final String SELECT = """
			select id, kind, first_name, last_name, company_name, fiscal_code, phone, email, preferred_channel
			from citizen""";

	private final JdbcClient jdbc;

	CitizenViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CitizenView> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(CitizenViews::view).optional();
	}

	/** The records found among {@code ids}, by id (unknown ids are absent). */
	Map<Long, CitizenView> findAll(Collection<? extends Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, CitizenView> found = new HashMap<>();
		jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(CitizenViews::view)
			.list()
			.forEach(view -> found.put(view.id(), view));
		return found;
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
