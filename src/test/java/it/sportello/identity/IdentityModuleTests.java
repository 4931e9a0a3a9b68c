package it.sportello.identity;

import it.sportello.identity.users.StaffUserManagement;
import it.sportello.shared.ConflictException;
import it.sportello.support.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity module alone, on an empty database: the first administrator is created once, and only while no user
 * exists, so that the set-up cannot become a way to add administrators later.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.enabled=false")
class IdentityModuleTests {

	@Autowired
	StaffUserManagement users;

	@Autowired
	StaffDirectory directory;

	@Test
	void theFirstAdministratorIsCreatedOnceAndOnlyWhileNoUserExists() {
		assertThat(users.noUserExists()).isTrue();

		users.createFirstAdmin("Primo.Admin", "Laura Pace", "una frase lunga e segreta");

		assertThat(directory.find("primo.admin")).hasValueSatisfying(admin -> {
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
			assertThat(admin.displayName()).isEqualTo("Laura Pace");
		});
		assertThatThrownBy(() -> users.createFirstAdmin("secondo.admin", "Mario Rossi", "un'altra frase lunga"))
			.isInstanceOf(ConflictException.class);
		assertThat(directory.find("secondo.admin")).isEmpty();
	}

}
