package id.cerita.web;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Each scheduled job runs on one instance at a time: a job annotated {@code @SchedulerLock} takes its row in the
 * {@code shedlock} table (V97) first and skips the run when another instance holds it. The database's clock decides,
 * so instances whose clocks drift apart still agree. A lock left by an instance that died expires after the job's
 * {@code lockAtMostFor} (30 minutes unless the job says otherwise).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
