package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.common.PlannerStatistics;
import id.cerita.testsupport.TestDatabases;

class StoryListingOnH2IntegrationTests extends StoryListingIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void leavesTheEmbeddedDatabaseAloneWhenKeepingPlannerStatistics(@Autowired PlannerStatistics statistics) {
        assertThat(statistics.serverAnalyses()).isFalse();
        assertThat(statistics.analyseStaleTables()).isEmpty();
    }
}
