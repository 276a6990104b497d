package id.cerita.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import id.cerita.search.StoryIndex;
import id.cerita.search.TestSearchNode;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** The search API and page through the whole application: security, indexing through the database queue, JSON and HTML. */
// facets of a query with words count its single best match, so that two stories make a broad query; every catch-up
// counts as large, so that three stories make the index merge after each
@SpringBootTest(properties = { "cerita.search.catch-up-interval=1s", "cerita.search.facet-sample=1",
        "cerita.search.merge-after=1" })
@AutoConfigureMockMvc
class SearchApiIntegrationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        TestSearchNode.register(registry);
    }

    @Test
    void letsJournalistsFindPublishedStoriesAsJsonAndOnThePage(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Penata rias yang merintis salon di Gorontalo");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> mvc.perform(get("/api/search/stories")
                .param("q", "perias salon").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.hits[0].highlightedTitle").value(containsString("<mark>salon</mark>")))
            .andExpect(jsonPath("$.facets.province[0].value").value("75")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/admin/search/status")
                .with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.waiting").value(0))
            .andExpect(jsonPath("$.retrying").value(0)));
        mvc.perform(get("/search").param("q", "salon").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Penata rias yang merintis <mark>salon</mark>")));
        mvc.perform(get("/search/suggest").param("q", "penata r").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].text").value("Penata rias yang merintis salon di Gorontalo"));
    }

    @Test
    void showsTheResultsOfARespelledTypoWithALinkToTheWordsAsTyped(@Autowired MockMvc mvc,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        new StoryFixtures(stories, courses, alumni).aPublishedStory("Penjahit kebaya yang membuka butik di Sigi");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> mvc.perform(get("/api/search/stories")
                .param("q", "kebaya").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(jsonPath("$.total").value(1)));

        mvc.perform(get("/api/search/stories").param("q", "kebayaa").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.didYouMean").value("kebaya"))
            .andExpect(jsonPath("$.correctedFrom").value("kebayaa"));
        mvc.perform(get("/api/search/stories").param("q", "kebayaa").param("exact", "true")
                .with(user("wartawan").roles("JOURNALIST")))
            .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.correctedFrom").doesNotExist());
        mvc.perform(get("/search").param("q", "kebayaa").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(content().string(containsString("Menampilkan hasil untuk")))
            .andExpect(content().string(containsString("cari persis")))
            .andExpect(content().string(containsString("q=kebayaa&amp;exact=1")));
        mvc.perform(get("/press").param("q", "kebayaa").param("lang", "en")
                .with(user("wartawan").roles("JOURNALIST")))
            .andExpect(content().string(containsString("Showing results for")))
            .andExpect(content().string(containsString("search instead for")))
            .andExpect(content().string(containsString("Penjahit <mark>kebaya</mark>")));
    }

    @Test
    void saysWhenTheFacetsOfABroadQueryCountOnlyItsBestMatches(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        fixtures.aPublishedStory("Perajin anyaman rotan di Jambi");
        fixtures.aPublishedStory("Anyaman pandan dari Sigi");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> mvc.perform(get("/api/search/stories")
                .param("q", "anyaman").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.counted").value(1)));
        mvc.perform(get("/search").param("q", "anyaman").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(content().string(containsString(
                    "Jumlah di bawah dihitung dari 1 hasil paling relevan, bukan dari semua 2 cerita.")));
        mvc.perform(get("/search").param("q", "anyaman").param("lang", "en")
                .with(user("wartawan").roles("JOURNALIST")))
            .andExpect(content().string(containsString(
                    "The counts below are from the 1 most relevant results, not all 2 stories.")));
        mvc.perform(get("/search").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(content().string(not(containsString("paling relevan, bukan dari semua"))));
    }

    @Test
    void mergesTheIndexIntoOneSegmentAfterALargeCatchUp(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired StoryIndex index,
            @Autowired ElasticsearchClient client) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        // one story per catch-up: each writes and refreshes a segment of its own
        for (String title : List.of("Gerabah dari Kasongan", "Gerabah hias di Plered", "Gerabah pesanan hotel")) {
            fixtures.aPublishedStory(title);
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> mvc.perform(get("/api/search/stories")
                    .param("q", title).param("exact", "true").with(user("wartawan").roles("JOURNALIST")))
                .andExpect(jsonPath("$.hits[0].title").value(title)));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(client.indices()
            .segments(s -> s.index(index.alias())).indices().values().stream()
            .flatMap(i -> i.shards().values().stream()).flatMap(List::stream)
            .mapToLong(shard -> shard.numSearchSegments()).sum()).isEqualTo(1));
    }

    @Test
    void refusesAnonymousSearchesAndRebuildsByNonAdmins(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(get("/api/search/stories").param("q", "kue")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/search/rebuild").with(user("wartawan").roles("JOURNALIST")))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/search/rebuild").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.state").exists());
    }
}
