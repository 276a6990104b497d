package id.cerita.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** With Elasticsearch away the page still answers: it says so, and shows the changes waiting in the database. */
@SpringBootTest(properties = { "cerita.search.uris=http://127.0.0.1:9", "cerita.search.catch-up-interval=1s" })
@AutoConfigureMockMvc
class SearchAdminPageWithoutClusterTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void saysTheClusterDoesNotAnswerAndCountsTheWaitingChanges(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Pembuat keripik tempe dari Malang");

        String html = mvc.perform(get("/admin/search").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"search-cluster\">tidak terjangkau<").contains("Elasticsearch tidak menjawab")
            .containsPattern("id=\"search-waiting\">[1-9]");
    }
}
