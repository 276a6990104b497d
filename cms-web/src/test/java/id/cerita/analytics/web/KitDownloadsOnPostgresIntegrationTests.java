package id.cerita.analytics.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

/** The same on PostgreSQL: the V67 and V91 tables, the outlet match and the date comparison of downloads followed by coverage. */
class KitDownloadsOnPostgresIntegrationTests extends KitDownloadsPageTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
