package id.cerita.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.search.IndexRebuild;
import id.cerita.search.StoryIndex;
import id.cerita.search.TestSearchNode;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** Administrators watch the index queue and rebuild the index from a page, without touching the API by hand. */
@SpringBootTest(properties = "cerita.search.catch-up-interval=1s")
@AutoConfigureMockMvc
class SearchAdminPageTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        TestSearchNode.register(registry);
    }

    @Test
    void showsTheQueueAndTheIndexBehindTheAlias(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired StoryIndex index) throws Exception {
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Perajin anyaman pandan dari Kolaka");
        await().atMost(Duration.ofSeconds(90)).until(() -> !index.indicesBehindAlias().isEmpty());
        String behind = index.indicesBehindAlias().iterator().next();

        String html = mvc.perform(get("/admin/search").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Indeks pencarian").contains("Menunggu diindeks")
            .contains("id=\"search-cluster\">terjangkau<")
            .contains(index.alias()).contains(behind).contains("<progress id=\"rebuild-progress\"")
            .contains("src=\"/js/search-admin.js\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    }

    @Test
    void rebuildsFromThePageAndReportsItsProgress(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired StoryIndex index,
            @Autowired IndexRebuild rebuild) throws Exception {
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Penenun songket dari Palembang");
        await().atMost(Duration.ofSeconds(90)).until(() -> !index.indicesBehindAlias().isEmpty());
        String before = index.indicesBehindAlias().iterator().next();

        mvc.perform(post("/admin/search/rebuild").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/search"))
            .andExpect(flash().attributeExists("notice"));
        await().atMost(Duration.ofSeconds(90)).until(() -> rebuild.progress().state()
                == IndexRebuild.RebuildProgress.State.DONE);

        mvc.perform(get("/admin/search/progress").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"))
            .andExpect(jsonPath("$.done").value(rebuild.progress().total()));
        assertThat(index.indicesBehindAlias()).hasSize(1).doesNotContain(before);
        String html = mvc.perform(get("/admin/search").with(user("admin").roles("ADMIN")).param("lang", "en"))
            .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Search index").contains(">Done<");
    }

    @Test
    void reloadsTheSynonymsFromThePageAndTheApiWithoutARebuild(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired StoryIndex index) throws Exception {
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Penjual donat dari Bungo");
        await().atMost(Duration.ofSeconds(90)).until(() -> !index.indicesBehindAlias().isEmpty());
        String before = index.indicesBehindAlias().iterator().next();

        String page = mvc.perform(get("/admin/search").with(user("admin").roles("ADMIN")).param("lang", "en"))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"search-synonyms-reload\">Reload synonyms<");
        mvc.perform(post("/admin/search/synonyms").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/search"))
            .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Sinonim dimuat ulang: ")));
        mvc.perform(post("/api/admin/search/synonyms").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.rules").value(org.hamcrest.Matchers.greaterThan(40)))
            .andExpect(jsonPath("$.source").value("search/synonyms.txt"));
        assertThat(index.indicesBehindAlias()).containsExactly(before);
    }

    @Test
    void isForAdministratorsOnly(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(get("/admin/search").with(user("budi").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/rebuild").with(user("budi").roles("EDITOR")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/synonyms").with(user("budi").roles("EDITOR")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(get("/admin/search/progress").with(user("sari").roles("WRITER")))
            .andExpect(status().isForbidden());
    }
}
