package id.cerita.story;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

class InputLimitsOnH2IntegrationTests extends InputLimitsIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }
}
