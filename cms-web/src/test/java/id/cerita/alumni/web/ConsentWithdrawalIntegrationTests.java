package id.cerita.alumni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.course.Courses;
import id.cerita.search.TestSearchNode;
import id.cerita.site.SiteExports;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;

/**
 * A withdrawal takes the story out of journalist search, the exported site (pages, feeds, sitemap, static search
 * index) and press kits within 60 seconds, through the real Elasticsearch node and the real site export, and the
 * journalist who took the kit sees a takedown notice. The alumnus' phone and e-mail never reach any of them.
 */
@SpringBootTest(properties = { "cerita.search.catch-up-interval=1s", "cerita.site.debounce-millis=500" })
@AutoConfigureMockMvc
class ConsentWithdrawalIntegrationTests {

    static final Path DATA = AlumniApiTests.createData();
    static final String PHONE = "0812-9876-5432";
    static final String EMAIL = "vita.rahasia@contoh.id";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        TestSearchNode.register(registry);
        registry.add("cerita.data-dir", DATA::toString);
    }

    @Test
    void takesAWithdrawnStoryOutOfSearchTheSiteAndPressKitsWithinAMinuteAndNeverShowsContactDetails(
            @Autowired MockMvc mvc, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired SiteExports exports) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        Story story = fixtures.aPublishedStory("Salon rias Vita di Gorontalo makin ramai");
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> {
            Alumnus a = alumni.require(story.alumnusId());
            return alumni.update(a.id(), new AlumnusDetails(a.fullName(), a.cohort(), a.regionCode(),
                    a.businessName(), a.occupation(), PHONE, EMAIL));
        });
        exports.exportNow();
        Path site = DATA.resolve("site").resolve("current");

        await().atMost(Duration.ofSeconds(90)).until(() -> searchFinds(mvc, story));
        assertThat(siteMentions(site, story.title())).isNotEmpty();
        MockHttpServletResponse kit = kit(mvc, story);
        assertThat(kit.getStatus()).isEqualTo(200);
        String search = mvc.perform(get("/api/search/stories").param("q", "salon rias")
                .with(user("jurnalis").roles("JOURNALIST"))).andReturn().getResponse().getContentAsString();
        for (String secret : List.of(PHONE, EMAIL, "9876")) {
            assertThat(search).doesNotContain(secret);
            assertThat(siteMentions(site, secret)).as("site files mentioning " + secret).isEmpty();
            assertThat(zipText(kit.getContentAsByteArray())).doesNotContain(secret);
        }

        var consent = alumni.require(story.alumnusId()).consents().getFirst();
        long start = System.nanoTime();
        StoryFixtures.as(StoryFixtures.EDITOR, Role.EDITOR, () -> {
            alumni.withdrawConsent(story.alumnusId(), consent.consentId(), StoryFixtures.EDITOR,
                    "Vita meminta ceritanya diturunkan");
            return null;
        });
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                !searchFinds(mvc, story) && siteMentions(site, story.title()).isEmpty()
                        && siteMentions(site, "/" + story.slug().value() + "/").isEmpty()
                        && kit(mvc, story).getStatus() != 200);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Consent withdrawal reached search, the site export and press kits in %.1f s%n", seconds);
        assertThat(seconds).isLessThan(60);

        String pressRoom = mvc.perform(get("/press").with(user("jurnalis").roles("JOURNALIST")))
            .andReturn().getResponse().getContentAsString();
        assertThat(pressRoom).contains("Mohon turunkan cerita berikut").contains(story.title());
        String otherJournalist = mvc.perform(get("/press").with(user("wartawan-lain").roles("JOURNALIST")))
            .andReturn().getResponse().getContentAsString();
        assertThat(otherJournalist).doesNotContain("Mohon turunkan cerita berikut");
    }

    private static boolean searchFinds(MockMvc mvc, Story story) throws Exception {
        return mvc.perform(get("/api/search/stories").param("q", "salon rias")
                .with(user("jurnalis").roles("JOURNALIST"))).andReturn().getResponse().getContentAsString()
            .contains(story.id().toString());
    }

    private static MockHttpServletResponse kit(MockMvc mvc, Story story) throws Exception {
        return mvc.perform(get("/api/stories/" + story.id() + "/press-kit").with(user("jurnalis").roles("JOURNALIST")))
            .andReturn().getResponse();
    }

    /** Every text file of the exported site (pages, feeds, sitemap, static search index) that contains {@code text}. */
    private static List<Path> siteMentions(Path site, String text) {
        if (!Files.exists(site)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(site.toRealPath())) {
            return files.filter(Files::isRegularFile)
                .filter(f -> f.toString().matches(".*\\.(html|xml|json|txt|js)$"))
                .filter(f -> {
                    try {
                        return Files.readString(f, StandardCharsets.UTF_8).contains(text);
                    }
                    catch (IOException e) {
                        return false;
                    }
                }).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String zipText(byte[] zip) throws IOException {
        List<String> texts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return String.join("\n", texts);
    }
}
