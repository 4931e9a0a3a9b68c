package it.sportello.citizens;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.CurrentStaff;
import it.sportello.support.CleanDatabaseConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole application on PostgreSQL with the demo data, the identity module's audit and current-user
 * beans replaced by mocks: tests check what is audited and act as any staff member. One annotation for
 * the citizens and organization tests so that they share one Spring context (one clean migration).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import({ CleanDatabaseConfiguration.class, StubbedIdentityIntegrationTest.MethodSecurity.class })
@MockitoBean(types = { AccessAudit.class, CurrentStaff.class })
public @interface StubbedIdentityIntegrationTest {

	/** Until identity configures security, so that {@code @PreAuthorize} is enforced in these tests too. */
	@EnableMethodSecurity
	class MethodSecurity {

	}

}
