package id.cerita.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.press.EmbargoAccess;
import id.cerita.press.PressKits;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void showsStoriesByTitleWithALinkAndActionsInWordsInBothLanguages(@Autowired MockMvc mvc,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Vita Merias Pengantin di Gorontalo");

        String html = mvc.perform(get("/admin/audit").param("subject", story.id().toString())
                .with(user("rudi").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        String english = mvc.perform(get("/admin/audit").param("subject", story.id().toString()).param("lang", "en")
                .with(user("rudi").roles("ADMIN"))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();

        assertThat(html).contains("href=\"/stories/" + story.id() + "\">Vita Merias Pengantin di Gorontalo</a>")
            .contains("Cerita diterbitkan").contains("Cerita disetujui").doesNotContain(">story.published<")
            .contains("<option value=\"" + story.id() + "\" selected=\"selected\">Vita Merias Pengantin di Gorontalo");
        assertThat(english).contains("Story published").contains("Story approved").contains("Audit log");
    }

    @Test
    void filtersByActionPersonAndDays(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Kue Donat dari Jambi");

        String published = mvc.perform(get("/admin/audit").param("action", "story.published")
                .param("subject", story.id().toString()).with(user("rudi").roles("ADMIN")))
            .andReturn().getResponse().getContentAsString();
        String nobody = mvc.perform(get("/admin/audit").param("actor", "tidak-ada-orang")
                .with(user("rudi").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
        String longAgo = mvc.perform(get("/admin/audit").param("from", "2001-01-01").param("to", "2001-01-31")
                .with(user("rudi").roles("ADMIN"))).andReturn().getResponse().getContentAsString();

        assertThat(published).contains("1 catatan").contains("Cerita diterbitkan").doesNotContain("Cerita disetujui</span>");
        assertThat(nobody).contains("0 catatan").contains("Tidak ada catatan yang cocok");
        assertThat(longAgo).contains("0 catatan");
    }

    @Test
    void recordsEachPressKitHandedOut(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired PressKits kits) throws Exception {
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Florist dari Lubuklinggau");

        SystemActor.run(() -> kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY));

        String html = mvc.perform(get("/admin/audit").param("action", "press-kit.downloaded")
                .with(user("rudi").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kit pers diunduh").contains("Florist dari Lubuklinggau");
    }
}
