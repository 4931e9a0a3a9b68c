package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import it.sportello.identity.users.StaffUserManagement;
import it.sportello.support.SportelloIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

@SportelloIntegrationTest
class DemoUsersIntegrationTests {

	static final List<String> DEPARTMENTS = List.of("PRES", "PROG", "RUAG", "AGRI", "AMBE", "INFR", "SALU", "SVIL",
			"CULT");

	@Autowired
	StaffUserManagement users;

	@Autowired
	WebApplicationContext context;

	@Test
	void demoProfileCreatesOneUserPerRoleWithItsRole() {
		assertThat(member("operatore")).satisfies(operatore -> {
			assertThat(operatore.role()).isEqualTo(Role.FIRST_LEVEL);
			assertThat(operatore.firstName()).isEqualTo("Claudio");
		});
		assertThat(member("operatore2").role()).isEqualTo(Role.FIRST_LEVEL);
		assertThat(member("backoffice").role()).isEqualTo(Role.BACK_OFFICE);
		assertThat(member("societa.informazione").role()).isEqualTo(Role.INFORMATION_SOCIETY);
		assertThat(member("responsabile").role()).isEqualTo(Role.MANAGER);
		assertThat(member("admin").role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void everyDemoDepartmentHasASupportAndAnUrpUserBoundToIt() {
		for (String department : DEPARTMENTS) {
			String lower = department.toLowerCase();
			assertThat(member("supporto." + lower)).extracting(StaffMember::role, StaffMember::departmentCode)
				.containsExactly(Role.DEPARTMENT_SUPPORT, department);
			assertThat(member("urp." + lower)).extracting(StaffMember::role, StaffMember::departmentCode)
				.containsExactly(Role.URP, department);
		}
	}

	@Test
	void officeHeadsAreBoundToTheirOfficeAndItsDepartment() {
		assertThat(member("responsabile.agri-02")).extracting(StaffMember::role, StaffMember::departmentCode,
				StaffMember::officeCode)
			.containsExactly(Role.OFFICE_HEAD, "AGRI", "AGRI-02");
		assertThat(member("responsabile.pres-04")).extracting(StaffMember::officeCode).isEqualTo("PRES-04");
	}

	@Test
	void demoUsersLogInWithTheirUserNameAsPassword() throws Exception {
		IdentityTestSupport.mockMvc(context)
			.perform(get("/api/v1/me").with(httpBasic("urp.ambe", "urp.ambe")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("URP"))
			.andExpect(jsonPath("$.departmentCode").value("AMBE"));
	}

	private StaffMember member(String username) {
		return users.find(username).orElseThrow(() -> new AssertionError(username + " missing"));
	}

}
