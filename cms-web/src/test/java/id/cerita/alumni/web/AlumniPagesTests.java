package id.cerita.alumni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** The alumni pages' contract with the story editor (returnTo) and their messages in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class AlumniPagesTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.data-dir", () -> AlumniApiTests.createData().toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void returnsToTheLocalPathItCameFromWithTheNewAlumnus() throws Exception {
        MockHttpServletResponse saved = register("Andi Pratama", "/stories/new?language=ID");
        assertThat(saved.getRedirectedUrl()).matches("/stories/new\\?language=ID&alumnus=[0-9a-f-]{36}");
    }

    @Test
    void ignoresAReturnToThatLeavesTheSite() throws Exception {
        for (String evil : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)" }) {
            MockHttpServletResponse saved = register("Budi Santoso " + evil.length(), evil);
            assertThat(saved.getRedirectedUrl()).as(evil).matches("/alumni/[0-9a-f-]{36}");
        }
    }

    @Test
    void showsThePossibleDuplicateBeforeSavingAndSavesAnywayWhenConfirmed() throws Exception {
        register("Citra Lestari", null);
        MockHttpServletResponse again = register("citra  lestari", null);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).contains("Mungkin orang ini sudah tercatat").contains("Simpan tetap");
        MockHttpServletResponse anyway = mvc.perform(post("/alumni").with(csrf()).with(user("sari").roles("WRITER"))
                .param("fullName", "citra  lestari").param("regionCode", "75.71").param("confirmDuplicate", "true"))
            .andReturn().getResponse();
        assertThat(anyway.getRedirectedUrl()).startsWith("/alumni/");
    }

    @Test
    void explainsProblemsInTheReadersLanguage() throws Exception {
        String english = mvc.perform(post("/alumni").with(csrf()).with(user("sari").roles("WRITER"))
                .param("fullName", "").param("regionCode", "75.71").param("email", "x").param("lang", "en"))
            .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Enter the full name").contains("The e-mail address is not valid");
        String indonesian = mvc.perform(post("/alumni").with(csrf()).with(user("sari").roles("WRITER"))
                .param("fullName", "").param("regionCode", "75.71").param("lang", "id"))
            .andReturn().getResponse().getContentAsString();
        assertThat(indonesian).contains("Isi nama lengkap");
        String list = mvc.perform(get("/alumni").param("lang", "en").with(user("sari").roles("WRITER")))
            .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Add alumnus");
    }

    @Test
    void refusesPublishingWithAMessageNamingTheMissingScopeInTheEditorsLanguage(@Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        StoryContent c = fixtures.content("Kisah Dedi di Jambi");
        Story story = fixtures.anApprovedStory(new StoryContent(c.language(), c.title(), c.slug(), c.summary(),
                c.body(), fixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME, ConsentScope.PRESS)),
                c.regionCode(), c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(), c.outcomes(), c.sources()));
        for (String[] language : new String[][] { { "en", "has not yet consented to Website" }, { "id", "belum mencakup Situs web" } }) {
            Object problem = mvc.perform(post("/stories/" + story.id() + "/publish").param("lang", language[0])
                    .with(csrf()).with(user(StoryFixtures.EDITOR).roles("EDITOR")))
                .andReturn().getFlashMap().get("problem");
            assertThat(String.valueOf(problem)).contains(language[1]);
        }
    }

    private MockHttpServletResponse register(String name, String returnTo) throws Exception {
        var request = post("/alumni").with(csrf()).with(user("sari").roles("WRITER"))
            .param("fullName", name).param("regionCode", "75.71");
        if (returnTo != null) {
            request.param("returnTo", returnTo);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
