package it.sportello.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import it.sportello.support.Api;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The directory API as its users meet it; every change made here is undone at the end of its test. */
@SportelloIntegrationTest
class DirectoryApiIntegrationTests {

	private static final List<String> STAFF = List.of("operatore", "backoffice", "supporto.prog", "urp.prog",
			"societa.informazione", "responsabile", "admin");

	private static final Map<String, Object> NEW_PERSON = Map.of("id", "E9001", "firstName", "Anna", "lastName",
			"Prova", "position", "Funzionario", "officeCode", "PROG-02", "extension", "9901", "email",
			"anna.prova@regione.basilicata.example");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private Api api() {
		return new Api(port);
	}

	@Test
	void everyStaffRoleReadsOfficePersonAndDepartmentCards() {
		for (String user : STAFF) {
			Api.Response person = api().get(user, "/api/v1/employees/E0134");
			assertThat(person.status()).as(user).isEqualTo(200);
			assertThat(person.text("lastName")).isEqualTo("Rossi");
			assertThat(person.text("officeCode")).isEqualTo("PROG-02");

			Api.Response office = api().get(user, "/api/v1/offices/PROG-02");
			assertThat(office.status()).as(user).isEqualTo(200);
			assertThat(office.body().path("office").path("competences").asString()).isNotBlank();
			assertThat(office.body().path("parent").path("code").asString()).isEqualTo("PROG-DG");
			assertThat(office.body().path("employees").findValuesAsString("id")).contains("E0134");

			Api.Response department = api().get(user, "/api/v1/departments/PROG");
			assertThat(department.status()).as(user).isEqualTo(200);
			assertThat(department.body().path("urp").path("code").asString()).isEqualTo("PROG-URP");
			assertThat(department.body().path("contacts").path("pec").asString()).contains("@cert.");
		}
	}

	@Test
	void officeCardListsPeopleBySurname() {
		List<String> surnames = api().get("operatore", "/api/v1/offices/PROG-02").body().path("employees")
			.findValuesAsString("lastName");

		assertThat(surnames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void homonymsAreToldApartByOfficeAndPosition() {
		Api.Response first = api().get("operatore", "/api/v1/employees/E0311");
		Api.Response second = api().get("operatore", "/api/v1/employees/E0606");

		assertThat(first.text("firstName") + first.text("lastName")).isEqualTo(second.text("firstName") + second.text("lastName"));
		assertThat(first.text("officeName")).isNotEqualTo(second.text("officeName"));
	}

	@Test
	void unknownCodesAnswer404ProblemDetails() {
		assertThat(api().get("operatore", "/api/v1/offices/NOPE-01").status()).isEqualTo(404);
		assertThat(api().get("operatore", "/api/v1/employees/E0000").status()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsWrite() throws Exception {
		for (String user : STAFF.subList(0, STAFF.size() - 1)) {
			assertThat(api().post(user, "/api/v1/employees", NEW_PERSON).status()).as(user).isEqualTo(403);
			assertThat(api().call(HttpMethod.PUT, user, "/api/v1/offices/PROG-02", Map.of("departmentCode", "PROG",
					"name", "x", "type", "UFFICIO"), Map.of()).status()).as(user).isEqualTo(403);
			assertThat(api().call(HttpMethod.DELETE, user, "/api/v1/departments/PROG", null, Map.of()).status()).as(user)
				.isEqualTo(403);
			assertThat(api().get(user, "/api/v1/directory/export/employees.csv").status()).as(user).isEqualTo(403);
		}
		mvc.perform(multipart("/api/v1/directory/import").with(httpBasic("operatore", "operatore")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorAddsChangesAndRemovesAPersonAndEveryChangeIsAudited() {
		Api.Response created = api().post("admin", "/api/v1/employees", NEW_PERSON);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

		Map<String, Object> moved = new java.util.HashMap<>(NEW_PERSON);
		moved.put("room", "3° piano, stanza 301");
		Api.Response updated = api().call(HttpMethod.PUT, "admin", "/api/v1/employees/E9001", moved, Map.of());
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.text("room")).isEqualTo("3° piano, stanza 301");

		assertThat(api().call(HttpMethod.DELETE, "admin", "/api/v1/employees/E9001", null, Map.of()).status())
			.isEqualTo(204);
		assertThat(api().get("admin", "/api/v1/employees/E9001").status()).isEqualTo(404);

		List<Map<String, Object>> audit = jdbc.queryForList(
				"select changed_by, action, before_data, after_data from directory_change where entity_key = 'E9001' order by id");
		assertThat(audit).extracting(row -> row.get("action")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(audit).allSatisfy(row -> assertThat(row.get("changed_by")).isEqualTo("admin"));
		assertThat((String) audit.get(1).get("before_data")).doesNotContain("stanza 301");
		assertThat((String) audit.get(1).get("after_data")).contains("stanza 301");
		assertThat(audit.get(2).get("after_data")).isNull();
	}

	@Test
	void aTakenExtensionIsRefusedNamingTheField() {
		Map<String, Object> clash = new java.util.HashMap<>(NEW_PERSON);
		clash.put("extension", "2001");

		Api.Response refused = api().post("admin", "/api/v1/employees", clash);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").path(0).path("field").asString()).isEqualTo("extension");
		assertThat(refused.body().path("detail").asString()).contains("E0001");
	}

	@Test
	void aSecondUrpInADepartmentIsRefused() {
		Api.Response office = api().get("admin", "/api/v1/offices/PROG-03");
		Map<String, Object> urp = new java.util.HashMap<>(Map.of("departmentCode", "PROG", "parentCode", "PROG-DG",
				"name", office.body().path("office").path("name").asString(), "type", "URP"));

		Api.Response refused = api().call(HttpMethod.PUT, "admin", "/api/v1/offices/PROG-03", urp, Map.of());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").path(0).path("field").asString()).isEqualTo("type");
	}

	@Test
	void aPersonServingASecondOfficeAdInterimAppearsInBoth() {
		Api.Response set = api().call(HttpMethod.PUT, "admin", "/api/v1/employees/E0001/interim-roles",
				List.of(Map.of("officeCode", "PRES-01", "position", "Dirigente")), Map.of());
		try {
			assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
			assertThat(set.body().path("interimRoles").path(0).path("officeCode").asString()).isEqualTo("PRES-01");
			assertThat(api().get("operatore", "/api/v1/offices/PRES-01").body().path("interim").findValuesAsString("id"))
				.containsExactly("E0001");
		}
		finally {
			api().call(HttpMethod.PUT, "admin", "/api/v1/employees/E0001/interim-roles", List.of(), Map.of());
		}
	}

	@Test
	void theImportApiReportsProblemsOn200ForADryRunAnd422ForARealRunWithoutWriting() throws Exception {
		byte[] badEmployees = demo("employees.csv").replace("E0005;Rossella", "E0004;Rossella").getBytes(StandardCharsets.UTF_8);
		int audited = jdbc.queryForObject("select count(*) from directory_change", Integer.class);

		mvc.perform(multipart("/api/v1/directory/import").file(file("departments", demo("departments.csv")))
			.file(file("offices", demo("offices.csv")))
			.file(new MockMultipartFile("employees", "employees.csv", "text/csv", badEmployees))
			.param("dryRun", "true")
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0].file").value("employees.csv"))
			.andExpect(jsonPath("$.problems[0].line").value(6))
			.andExpect(jsonPath("$.problems[0].field").value("id"))
			.andExpect(jsonPath("$.problems[0].code").value("directory.import.problem.duplicate-employee"))
			.andExpect(jsonPath("$.problems[0].reason").value("dipendente «E0004» duplicato: compare già alla riga 5"));

		mvc.perform(multipart("/api/v1/directory/import").file(file("departments", demo("departments.csv")))
			.file(file("offices", demo("offices.csv")))
			.file(new MockMultipartFile("employees", "employees.csv", "text/csv", badEmployees))
			.param("dryRun", "true")
			.header("Accept-Language", "en")
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0].reason").value("duplicate employee «E0004»: already on line 5"));

		mvc.perform(multipart("/api/v1/directory/import").file(file("departments", demo("departments.csv")))
			.file(file("offices", demo("offices.csv")))
			.file(new MockMultipartFile("employees", "employees.csv", "text/csv", badEmployees))
			.param("dryRun", "false")
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false));

		assertThat(jdbc.queryForObject("select count(*) from directory_change", Integer.class)).isEqualTo(audited);
	}

	@Test
	void theGoodFilesPassTheDryRunAndExportGivesThemBack() throws Exception {
		mvc.perform(multipart("/api/v1/directory/import").file(file("departments", demo("departments.csv")))
			.file(file("offices", demo("offices.csv")))
			.file(file("employees", demo("employees.csv")))
			.with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems").isEmpty())
			.andExpect(jsonPath("$.employees.unchanged").value(832));

		String exported = mvc.perform(get("/api/v1/directory/export/employees.csv").with(httpBasic("admin", "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).isEqualTo(demo("employees.csv"));
	}

	private static MockMultipartFile file(String part, String content) {
		return new MockMultipartFile(part, part + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String demo(String name) throws java.io.IOException {
		return new ClassPathResource("demo/organization/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

}
