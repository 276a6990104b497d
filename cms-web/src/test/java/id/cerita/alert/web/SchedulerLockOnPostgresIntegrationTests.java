package id.cerita.alert.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

/** The same on PostgreSQL: the V97 table and ShedLock's database-time SQL. */
class SchedulerLockOnPostgresIntegrationTests extends SchedulerLockTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
