package it.sportello.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Put beside {@code @ApplicationModuleTest}: a module test is a Spring context of its own, so it runs on its own
 * database ({@code <test database>_modules}, profile {@code module-test}), never on the shared context's, which it
 * would clean under it. The context starts on a clean schema with every migration, with the movable clock, and is
 * closed after the class, so that two module tests never clean the database under each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({ "test", "module-test" })
@Import({ CleanDatabaseConfiguration.class, TestClockConfiguration.class })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface ModuleTestDatabase {

}
