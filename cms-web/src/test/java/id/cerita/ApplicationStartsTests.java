package id.cerita;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.region.Regions;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.StaffUsers;

@SpringBootTest
class ApplicationStartsTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void startsOnTheEmbeddedDatabaseWithRegionsAndABootstrapAdministrator(@Autowired Regions regions,
            @Autowired StaffUsers users) {
        assertThat(regions.provinces()).hasSize(38);
        assertThat(users.find("admin")).isPresent();
    }
}
