package it.sportello.citizens;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.support.AccessAuditRows;
import it.sportello.support.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen registry with only the modules it uses (identity for the audit): a citizen is one record however
 * often identified, and every read of it is audited.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ModuleTestDatabase
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.enabled=false")
class CitizensModuleTests {

	static final StaffMember OPERATOR = new StaffMember("operatore", "Claudio Lauria", Role.FIRST_LEVEL, null, null);

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccessAudit audit;

	@Test
	void aCitizenIdentifiedTwiceIsOneRecordCompletedByTheSecondCallAndEachReadIsAudited() {
		String fiscalCode = FiscalCodes.personal("RSSMRA80A41G942");
		CitizenView first = citizens.identify(new CitizenDetails(CitizenKind.PERSON, "Maria", "Rossi", null, fiscalCode,
				null, null, Channel.PHONE), OPERATOR);

		CitizenView again = citizens.identify(new CitizenDetails(CitizenKind.PERSON, "Maria", "Rossi", null, fiscalCode,
				"0971 123456", null, null), OPERATOR);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.phone()).isEqualTo("+390971123456");
		AccessAuditRows rows = new AccessAuditRows(jdbc, audit);
		int reads = rows.count("operatore", "READ", String.valueOf(first.id()));
		assertThat(citizens.find(first.id(), OPERATOR)).isPresent();
		assertThat(rows.count("operatore", "READ", String.valueOf(first.id()))).isEqualTo(reads + 1);
	}

}
