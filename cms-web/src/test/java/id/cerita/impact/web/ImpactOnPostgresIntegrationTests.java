package id.cerita.impact.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

/** The same on PostgreSQL: the V94 columns and the figures read through the public visibility rule. */
class ImpactOnPostgresIntegrationTests extends ImpactPagesTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
