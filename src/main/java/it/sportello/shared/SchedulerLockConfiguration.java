package it.sportello.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job also carries {@code @SchedulerLock}: with several application nodes, the job
 * runs on the node that takes its row in {@code shedlock} and is skipped on the others. The lock is timed by
 * the database's clock, so nodes whose clocks drift still agree. A job holds its lock at most ten minutes
 * unless it says otherwise, so a node that dies while running one does not block it for long. The lock wraps
 * the scheduler's runs, not the methods: a job called directly (an administrator's action, a test) just runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
