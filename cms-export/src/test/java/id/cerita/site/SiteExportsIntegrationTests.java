package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.alumni.Alumni;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
class SiteExportsIntegrationTests {

    @TempDir
    static Path site;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.site.output-dir", site::toString);
        registry.add("cerita.site.base-url", () -> "https://cerita.example.id");
        registry.add("cerita.site.debounce-millis", () -> "600000");
    }

    private StoryFixtures fixtures;
    private Stories stories;
    private Alumni alumni;
    private SiteExports exports;

    @BeforeEach
    void setUp(@Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired SiteExports exports) {
        this.fixtures = new StoryFixtures(stories, courses, alumni);
        this.stories = stories;
        this.alumni = alumni;
        this.exports = exports;
    }

    @Test
    void saysWhichBuildAnsweredAnExportRequestedWhileAnotherWasUnderWay() {
        fixtures.aPublishedStory("Cerita yang diekspor dua kali sekaligus");

        var first = exports.start();
        var second = exports.start(); // usually answered by the first build: the page must still say "done"
        first.join();
        SiteBuildReport answer = second.join();

        SiteExportProgress progress = exports.progress();
        assertThat(progress.finished()).as("done, not merely ready: " + progress).isTrue();
        assertThat(progress.build()).isEqualTo(answer.build().getFileName().toString());
        assertThat(progress.pages()).isPositive();
    }

    @Test
    void exportsOnlyWhatThePublicMaySee() {
        Story published = fixtures.aPublishedStory("Cerita yang terbit untuk publik");
        Story draft = fixtures.aDraft("Cerita draf yang belum boleh tampil");
        Story unpublished = fixtures.aPublishedStory("Cerita yang ditarik dari situs");
        stories.unpublish(unpublished.id(), StoryFixtures.EDITOR, "Salah data");
        Story withdrawn = fixtures.aPublishedStory("Cerita tanpa persetujuan lagi");
        var consent = alumni.require(withdrawn.alumnusId()).consents().getFirst();
        alumni.withdrawConsent(withdrawn.alumnusId(), consent.consentId(), StoryFixtures.EDITOR, "Permintaan alumni");

        SiteBuildReport report = exports.exportNow();

        assertThat(site.resolve("current").toAbsolutePath()).exists();
        Map<String, String> texts = SiteStories.texts(site.resolve("current"));
        assertThat(report.rendered()).contains("id/cerita/" + published.slug().value() + "/index.html");
        assertThat(texts.get("id/cerita/" + published.slug().value() + "/index.html")).contains(published.title());
        assertThat(texts.get("sitemap.xml")).contains("/id/cerita/" + published.slug().value() + "/");
        for (Story hidden : new Story[] { draft, unpublished, withdrawn }) {
            texts.forEach((path, text) -> assertThat(text).as(path).doesNotContain(hidden.title())
                .doesNotContain("/" + hidden.slug().value() + "/"));
        }
        assertThat(exports.progress().state()).isEqualTo(SiteExportProgress.State.IDLE);
        assertThat(exports.progress().build()).isEqualTo(report.build().getFileName().toString());
    }

    @Test
    void leavesNoFileOrFolderOfAStoryAfterAnEmbargoAnUnpublishOrAConsentWithdrawal() {
        Story embargoed = fixtures.aPublishedStory("Cerita yang kemudian diembargo");
        Story unpublished = fixtures.aPublishedStory("Cerita yang kemudian ditarik");
        Story withdrawn = fixtures.aPublishedStory("Cerita yang persetujuannya dicabut");
        exports.exportNow();
        exports.exportNow(); // the current and the previous build both hold the three stories

        stories.embargo(embargoed.id(), java.time.Instant.now().plus(java.time.Duration.ofDays(3)), StoryFixtures.EDITOR);
        stories.unpublish(unpublished.id(), StoryFixtures.EDITOR, "Salah data");
        var consent = alumni.require(withdrawn.alumnusId()).consents().getFirst();
        alumni.withdrawConsent(withdrawn.alumnusId(), consent.consentId(), StoryFixtures.EDITOR, "Permintaan alumni");

        for (int export = 0; export < 3; export++) { // each build reuses an older one that still had them
            exports.exportNow();
            java.util.List<String> tree = exportedPaths(site.resolve("current"));
            for (Story gone : new Story[] { embargoed, unpublished, withdrawn }) {
                assertThat(tree).as("export %d", export).noneMatch(path -> path.contains(gone.slug().value()));
            }
        }
    }

    /** Every file and folder of the exported tree, relative to it. */
    private static java.util.List<String> exportedPaths(Path current) {
        try (var walk = java.nio.file.Files.walk(current.toRealPath())) {
            Path root = current.toRealPath();
            return walk.map(p -> root.relativize(p).toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
