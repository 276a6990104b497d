package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

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
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.theme.NewTheme;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;

/** A theme an administrator adds reaches the exported site: its listing, its feed and the theme index. */
@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
class NewThemeExportTests {

    @TempDir
    static Path site;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.site.output-dir", site::toString);
        registry.add("cerita.site.base-url", () -> "https://cerita.example.id");
        registry.add("cerita.site.debounce-millis", () -> "600000");
    }

    @Test
    void listsANewNarrowerThemeOnceAPublishedStoryHasIt(@Autowired Themes themes, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired SiteExports exports) {
        Theme added = themes.add(new NewTheme("kuliner", "Minuman Kekinian", "Trendy Drinks"), "system");
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        StoryContent base = fixtures.content("Kedai es kopi susu di Kota Gorontalo");
        StoryContent content = new StoryContent(base.language(), base.title(), base.slug(), base.summary(), base.body(),
                base.alumnusId(), base.regionCode(), base.gatheringId(), base.courseIds(), Set.of(added.code(), "kuliner"),
                base.quotes(), base.outcomes(), base.sources());
        fixtures.aPublishedStory(content);

        exports.exportNow();

        Map<String, String> texts = SiteStories.texts(site.resolve("current"));
        assertThat(added.code()).isEqualTo("minuman-kekinian");
        assertThat(texts).containsKey("tema/minuman-kekinian/index.html");
        assertThat(texts.get("tema/minuman-kekinian/index.html")).contains("Kedai es kopi susu di Kota Gorontalo");
        assertThat(texts.get("tema/index.html")).contains("Minuman Kekinian").contains("/tema/minuman-kekinian/");
        assertThat(texts.keySet()).anyMatch(path -> path.startsWith("tema/minuman-kekinian/") && path.endsWith(".xml"));
    }
}
