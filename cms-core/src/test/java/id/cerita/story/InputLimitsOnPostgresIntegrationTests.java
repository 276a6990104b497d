package id.cerita.story;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

class InputLimitsOnPostgresIntegrationTests extends InputLimitsIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
