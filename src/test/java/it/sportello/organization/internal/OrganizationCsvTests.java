package it.sportello.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class OrganizationCsvTests {

	@Test
	void readsQuotedFieldsWithSeparatorsAndCrlf() {
		String csv = "code;department_code;parent_code;name;type;phone;email;pec;address;opening_hours;website;competences\r\n"
				+ "X-02;X;X-DG;Ufficio;UFFICIO;;;;;\"lun-ven 9:00-13:00; mar 15:00-17:00\";;\"bollo \"\"auto\"\"\"\r\n"
				+ "X-DG;X;;Direzione;STRUTTURA;0971 664002;;;;;;\r\n";

		List<OrganizationCsv.OfficeRow> rows = OrganizationCsv
			.offices(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(rows).extracting(OrganizationCsv.OfficeRow::code).containsExactly("X-DG", "X-02");
		assertThat(rows.get(1).openingHours()).isEqualTo("lun-ven 9:00-13:00; mar 15:00-17:00");
		assertThat(rows.get(1).competences()).isEqualTo("bollo \"auto\"");
		assertThat(rows.get(1).phone()).isNull();
	}

	@Test
	void putsEveryParentBeforeItsChildrenInTheDemoFile() throws Exception {
		List<OrganizationCsv.OfficeRow> rows = OrganizationCsv
			.offices(new ClassPathResource("demo/organization/offices.csv").getInputStream());

		assertThat(rows).hasSize(86);
		Set<String> seen = new HashSet<>();
		for (OrganizationCsv.OfficeRow row : rows) {
			if (row.parentCode() != null) {
				assertThat(seen).as(row.code()).contains(row.parentCode());
			}
			seen.add(row.code());
		}
	}

}
