package vn.dangvu.platform.jobs;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs on every node (decision 0223): Spring's scheduler fires them, ShedLock's
 * table lock lets one node at a time run a job, and {@link JobRuns} lets it run once per
 * period. The lock's time is the database's, so the nodes' clocks need not agree.
 * {@code dangvu.jobs.enabled=false} (the tests) leaves the scheduler off; the jobs can
 * still be called.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dangvu.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobsConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
