package it.sportello;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import it.sportello.shared.EveryNode;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

class ScheduledJobsTests {

	@Test
	void everyScheduledJobTakesALockSoThatItRunsOnOneNodeAtATime() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("it.sportello");

		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.orShould()
			.beAnnotatedWith(EveryNode.class)
			.because("with several nodes, a job without a lock in the database runs once per node, which only a job on"
					+ " the node's own memory wants (and says so with @EveryNode)")
			.check(application);
	}

}
