package it.sportello.organization;

import java.time.Duration;

import it.sportello.support.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The organization module with the search engine it uses, without ticketing or the citizens: the demo structure is
 * imported through the administrator's import and the switchboard finds its people and offices.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
@TestPropertySource(properties = "sportello.demo.enabled=true")
class OrganizationModuleTests {

	@Autowired
	Departments departments;

	@Autowired
	DirectorySearch search;

	@Test
	void theImportedStructureIsReadAndTheSwitchboardFindsAPersonBySurnameDespiteATypo() {
		assertThat(departments.all()).hasSize(9);
		assertThat(departments.exists("AGRI")).isTrue();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(search.search("Vacaro", 5))
				.anySatisfy(result -> assertThat(result.id()).isEqualTo("E0002")));
	}

}
