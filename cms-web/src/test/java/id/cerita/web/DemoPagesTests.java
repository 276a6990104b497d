package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StorySummary;
import id.cerita.testsupport.TestDatabases;

/** The editor opens every demo story (the richest content we have), in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoPagesTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void opensEveryDemoStoryInTheEditor(@Autowired MockMvcTester mvc, @Autowired StoryListing listing) {
        var editor = user("budi").roles("EDITOR");
        var page = listing.page(StoryFilter.none(), 0, StoryListing.MAX_PAGE_SIZE);
        assertThat(page.items()).hasSizeGreaterThanOrEqualTo(12);
        for (StorySummary story : page.items()) {
            assertThat(mvc.get().uri("/stories/{id}", story.id()).with(editor)).as(story.slug())
                .hasStatusOk().bodyText().contains(escape(story.title()));
            assertThat(mvc.get().uri("/stories/{id}?lang=en", story.id()).with(editor)).as(story.slug())
                .hasStatusOk().bodyText().contains("Read it as it will be published");
        }
        assertThat(mvc.get().uri("/stories").with(editor)).hasStatusOk().bodyText().contains("Terbit");
        assertThat(mvc.get().uri("/providers").with(editor)).hasStatusOk();
        assertThat(mvc.get().uri("/courses").with(editor)).hasStatusOk();
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
