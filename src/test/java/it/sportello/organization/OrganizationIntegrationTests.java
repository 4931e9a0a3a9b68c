package it.sportello.organization;

import it.sportello.support.SportelloIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import it.sportello.identity.KnownDepartments;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SportelloIntegrationTest
class OrganizationIntegrationTests {

	private static final RequestPostProcessor OPERATOR = httpBasic("operatore", "operatore");

	@Autowired
	Departments departments;

	@Autowired
	KnownDepartments known;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void demoLoaderLoadsNineDepartmentsAndEightySixOffices() {
		assertThat(departments.all()).hasSize(9);
		assertThat(jdbc.queryForObject("select count(*) from office", Integer.class)).isEqualTo(86);
		assertThat(departments.all().stream().mapToInt(d -> departments.offices(d.code()).size()).sum()).isEqualTo(86);
	}

	@Test
	void everyDepartmentHasExactlyOneUrpUnderItsDirectorate() {
		for (DepartmentView department : departments.all()) {
			List<OfficeView> urps = departments.offices(department.code()).stream().filter(OfficeView::isUrp).toList();
			assertThat(urps).as(department.code()).hasSize(1);
			assertThat(urps.get(0).parentCode()).isEqualTo(department.code() + "-DG");
		}
	}

	@Test
	void officesHangFromAParentOfTheirOwnDepartmentExceptTheDirectorate() {
		for (DepartmentView department : departments.all()) {
			List<OfficeView> offices = departments.offices(department.code());
			assertThat(offices.get(0).code()).as("tree order starts at the directorate").isEqualTo(department.code() + "-DG");
			assertThat(offices.get(0).parentCode()).isNull();
			for (OfficeView office : offices.subList(1, offices.size())) {
				assertThat(departments.findOffice(String.valueOf(office.parentCode())))
					.as(office.code())
					.get()
					.extracting(OfficeView::departmentCode)
					.isEqualTo(department.code());
			}
		}
		assertThat(departments.findOffice("PROG-07")).get().extracting(OfficeView::parentCode).isNotNull();
	}

	@Test
	void keepsTheDatasetsCounts() {
		Map<String, Integer> counts = departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, d -> departments.offices(d.code()).size()));
		assertThat(counts).containsEntry("PRES", 13).containsEntry("AGRI", 11).containsEntry("CULT", 7);
		assertThat(departments.exists("AMBE")).isTrue();
		assertThat(departments.exists("NOPE")).isFalse();
	}

	@Test
	void tellsIdentityWhichDepartmentsUsersMayBeBoundTo() {
		assertThat(known.namesByCode()).hasSize(9).containsEntry("AMBE", "Dipartimento Ambiente e Energia");
		assertThat(known.exists("NOPE")).isFalse();
	}

	@Test
	void listsDepartmentsToAnyStaffMember() throws Exception {
		mvc.perform(get("/api/v1/departments").with(httpBasic("responsabile.agri-02", "responsabile.agri-02")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andExpect(jsonPath("$[?(@.code == 'AMBE')].shortName").value("Ambiente e Energia"))
			.andExpect(jsonPath("$[?(@.code == 'AMBE')].contacts.pec")
				.value("ambiente.energia@cert.regione.basilicata.example"))
			.andExpect(jsonPath("$[0].offices").doesNotExist());
	}

	@Test
	void showsOneDepartmentWithItsOfficesAndMarksTheUrp() throws Exception {
		mvc.perform(get("/api/v1/departments/AMBE").with(OPERATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("AMBE"))
			.andExpect(jsonPath("$.offices.length()").value(10))
			.andExpect(jsonPath("$.offices[?(@.urp == true)].code", Matchers.contains("AMBE-URP")));
	}

	@Test
	void answersAnUnknownDepartmentWithANotFoundProblem() throws Exception {
		mvc.perform(get("/api/v1/departments/NOPE").with(OPERATOR).header("Accept-Language", "it"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("NOPE")));
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(get("/api/v1/departments"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
