package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;

/** The editors' dashboard shows each person what needs doing, and the published stories as charts. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPageTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void showsAnEditorWhatAwaitsReviewWhatIsScheduledWhichConsentsEndSoonAndTheCharts(@Autowired MockMvc mvc,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        Story waiting = fixtures.aDraft("Cerita yang menunggu tinjauan");
        StoryFixtures.as(StoryFixtures.WRITER, Role.WRITER, () -> stories.submit(waiting.id(), StoryFixtures.WRITER));
        Story approved = fixtures.anApprovedStory(fixtures.content("Cerita yang dijadwalkan"));
        LocalDateTime nineAm = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(2).atTime(9, 0);
        StoryFixtures.as(StoryFixtures.EDITOR, Role.EDITOR,
                () -> stories.schedule(approved.id(), nineAm, ZoneId.of("Asia/Jakarta"), StoryFixtures.EDITOR));
        fixtures.aPublishedStory("Cerita terbit di Gorontalo");
        fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class), LocalDate.now().plusDays(10));

        String page = mvc.perform(get("/dashboard").with(user(StoryFixtures.EDITOR).roles("EDITOR"))).andReturn()
            .getResponse().getContentAsString();

        assertThat(section(page, "to-review")).contains("Cerita yang menunggu tinjauan");
        assertThat(section(page, "scheduled")).contains("Cerita yang dijadwalkan", "09.00 WIB");
        assertThat(section(page, "expiring-consents")).contains("Vita Imam Matus Sholekhah");
        assertThat(page).contains("class=\"bar-chart\"").contains("<meter").contains("Gorontalo").doesNotContain("style=").doesNotContain("<script>");
        // the impact figures and the province maps of stories and coverage
        assertThat(page).contains("id=\"impact\"", "class=\"province-map\"", "Daftar 38 provinsi")
            .contains("<th scope=\"row\">Papua Barat Daya</th>");

        String writers = mvc.perform(get("/dashboard").with(user(StoryFixtures.WRITER).roles("WRITER"))).andReturn()
            .getResponse().getContentAsString();
        assertThat(writers).doesNotContain("id=\"to-review\"");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }
}
