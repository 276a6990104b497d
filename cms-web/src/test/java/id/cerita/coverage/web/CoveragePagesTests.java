package id.cerita.coverage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** Press clips: recorded from the form and from a saved news page, counted per province, refused to journalists. */
@SpringBootTest
@AutoConfigureMockMvc
class CoveragePagesTests {

    private static final RequestPostProcessor WRITER = user("sari").roles("WRITER");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void recordsAClipOfAStoryAndCountsItForTheStorysProvince(@Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) throws Exception {
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Vita dan salon rias Gorontalo");

        mvc.perform(post("/coverage").with(WRITER).with(csrf()).param("outlet", "Gema Sulawesi")
                .param("headline", "Alumni Prakerja Gorontalo membuka salon").param("publishedOn", "2024-06-05")
                .param("language", "id").param("storyIds", story.id().toString()))
            .andExpect(redirectedUrl("/coverage"));

        String page = mvc.perform(get("/coverage").with(WRITER)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("Alumni Prakerja Gorontalo membuka salon", "Gema Sulawesi", "Juni 2024");
        mvc.perform(get("/api/clips/per-province").with(WRITER))
            .andExpect(jsonPath("$[?(@.key == '75')].count").value(org.hamcrest.Matchers.hasItem(1)));
        mvc.perform(get("/api/clips").param("story", story.id().toString()).with(WRITER))
            .andExpect(jsonPath("$[0].details.outlet").value("Gema Sulawesi"));
    }

    @Test
    void fillsTheFormFromASavedNewsPagesOpenGraphAndJsonLd() throws Exception {
        String html = """
                <!doctype html><html lang="id"><head><title>x</title>
                <meta property="og:title" content="Ratusan alumni Prakerja berkumpul di Jambi">
                <meta property="og:site_name" content="Senjari.com">
                <meta property="og:url" content="https://senjari.example/berita/temu-alumni-jambi">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "datePublished":"2024-09-19T10:00:00+07:00","author":{"@type":"Person","name":"Redaksi Senjari"}}
                </script></head><body><p>…</p></body></html>""";

        String form = mvc.perform(multipart("/coverage/suggestion").file(new MockMultipartFile("page", "berita.html",
                "text/html", html.getBytes(StandardCharsets.UTF_8))).with(WRITER).with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(form).contains("value=\"Ratusan alumni Prakerja berkumpul di Jambi\"", "value=\"Senjari.com\"",
                "value=\"2024-09-19\"", "value=\"Redaksi Senjari\"",
                "value=\"https://senjari.example/berita/temu-alumni-jambi\"");
    }

    @Test
    void keepsWhatWasTypedAndNamesTheMissingFieldsAndKeepsJournalistsOut() throws Exception {
        String form = mvc.perform(post("/coverage").with(WRITER).with(csrf()).param("outlet", "")
                .param("headline", "Judul tanpa media").param("publishedOn", "2024-06-05").param("language", "id"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Judul tanpa media\"").contains("field-error");

        mvc.perform(get("/coverage").with(user("wartawan").roles("JOURNALIST"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/clips").with(user("wartawan").roles("JOURNALIST")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
