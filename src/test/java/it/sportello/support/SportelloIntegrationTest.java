package it.sportello.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on PostgreSQL with the demo data and demo users (password = user name),
 * served on a random port and through MockMvc. Every full-application test uses this one annotation
 * so that they all share one Spring context (a second context would clean the schema under the first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import({ CleanDatabaseConfiguration.class, TestClockConfiguration.class, RecordingTicketListener.class,
		SessionCookieFromMockSession.class, ChannelStandIns.class })
public @interface SportelloIntegrationTest {

}
