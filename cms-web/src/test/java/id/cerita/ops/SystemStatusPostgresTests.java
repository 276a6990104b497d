package id.cerita.ops;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

/** The same on PostgreSQL, where the scheduler's lock table keeps the database's UTC time in the same way. */
class SystemStatusPostgresTests extends SystemStatusPageTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
