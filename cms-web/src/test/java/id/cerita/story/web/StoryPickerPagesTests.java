package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/**
 * The editor's pickers without JavaScript (plain selects), their lookups, and the way back from "add a new alumnus":
 * {@code ?alumnus=} chooses the new alumnus, and on a saved story the form is saved before leaving.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StoryPickerPagesTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void offersCoursesOnOfferInAPlainSelectAndLooksThemUpButNeverAnArchivedOne(@Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        TrainingCourse offered = fixtures.aCourse("kuliner");
        TrainingCourse archived = fixtures.aCourse("kuliner");
        SystemActor.run(() -> courses.archiveCourse(archived.id(), SystemActor.NAME));
        var sari = user(StoryFixtures.WRITER).roles("WRITER");

        assertThat(mvc.get().uri("/stories/new").with(sari)).hasStatusOk().bodyText()
            .contains("name=\"courseIds\" multiple", offered.title(), "data-lookup=\"/lookup/courses\"",
                    "<script src=\"/js/picker.js\"")
            .doesNotContain(archived.title());
        assertThat(mvc.get().uri("/lookup/courses?q=strategi").with(sari)).hasStatusOk().bodyJson()
            .extractingPath("$[*].label").asArray().contains(offered.title()).doesNotContain(archived.title());
        fixtures.anAlumnusWithConsent(EnumSet.noneOf(ConsentScope.class));
        assertThat(mvc.get().uri("/lookup/alumni?q=VITA imam").with(sari)).hasStatusOk().bodyJson()
            .extractingPath("$[*].label").asArray().anyMatch(l -> String.valueOf(l).startsWith("Vita Imam Matus Sholekhah"));
    }

    @Test
    void choosesTheAlumnusSentBackFromTheAlumniPageInANewAndInASavedStory(@Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) {
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Kisah Sari menjahit di Jambi");
        AlumnusId added = StoryFixtures.as(StoryFixtures.ADMIN, id.cerita.user.Role.ADMIN, () -> alumni.register(
                new AlumnusDetails("Rahmat Hidayat", 12, StoryFixtures.KOTA_JAMBI, "Rahmat Jahit", "Penjahit")).id());
        var sari = user(StoryFixtures.WRITER).roles("WRITER");

        assertThat(mvc.get().uri("/stories/new?alumnus=" + added).with(sari)).hasStatusOk().bodyText()
            .contains("value=\"" + added + "\" selected=\"selected\"", "Alumni baru sudah dipilih");
        assertThat(mvc.get().uri("/stories/" + story.id() + "?alumnus=" + added).with(sari)).hasStatusOk().bodyText()
            .contains("value=\"" + added + "\" selected=\"selected\"", "Kisah Sari menjahit di Jambi");
        assertThat(mvc.get().uri("/stories/new?alumnus=" + UUID.randomUUID()).with(sari)).hasStatusOk().bodyText()
            .doesNotContain("Alumni baru sudah dipilih");
    }

    @Test
    void savesASavedStoryBeforeGoingToAddANewAlumnus(@Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Kisah Yeni menyewakan papan");
        var sari = user(StoryFixtures.WRITER).roles("WRITER");
        assertThat(mvc.post().uri("/stories/" + story.id()).with(sari).with(csrf())
            .param("_action", "add-alumnus").param("version", String.valueOf(story.version()))
            .param("language", "ID").param("title", "Kisah Yeni menyewakan papan di Jambi")
            .param("summary", story.summary()).param("body", "Teks yang belum disimpan.").param("regionCode", "15.71"))
            .hasStatus3xxRedirection().hasRedirectedUrl("/alumni/new?returnTo=/stories/" + story.id());
        Story saved = stories.find(story.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Kisah Yeni menyewakan papan di Jambi");
        assertThat(saved.body()).isEqualTo("Teks yang belum disimpan.");
    }
}
