package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.testsupport.TestDatabases;

class StoryListingOnPostgresIntegrationTests extends StoryListingIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Test
    void keepsATrigramIndexForTheTitleFilter(@Autowired JdbcClient jdbc) {
        String index = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname = 'story_title_trgm_idx'").query(String.class).single();

        assertThat(index).contains("gin", "lower((title)::text)", "gin_trgm_ops");
    }
}
