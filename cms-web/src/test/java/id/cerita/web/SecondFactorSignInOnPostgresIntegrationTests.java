package id.cerita.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

/** The same sign-ins on PostgreSQL: the V92 tables, the step check and the recovery codes' updates. */
class SecondFactorSignInOnPostgresIntegrationTests extends SecondFactorSignInTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
