package id.cerita.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.consent.PressKitDownloads;
import id.cerita.course.Courses;
import id.cerita.coverage.ClipDetails;
import id.cerita.coverage.PressClips;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.AccountRequests;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** Kit downloads counted per story, journalist and outlet, on the page, in CSV and on the API, for editors only. */
@SpringBootTest
@AutoConfigureMockMvc
class KitDownloadsPageTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void countsDownloadsPerStoryJournalistAndOutletForEditors(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired PressKitDownloads downloads,
            @Autowired AccountRequests requests, @Autowired StaffUsers users) throws Exception {
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Fotografer Mentawai jadi jurnalis");
        SystemActor.run(() -> {
            var request = requests.submit("Rina Reporter", "Padang Ekspres", "rina@padek.test", "Liputan alumni");
            requests.approve(request.id(), "rina-padek");
            users.create("wartawan-lepas", "Wartawan Lepas", "kata-sandi-lepas-99", EnumSet.of(Role.JOURNALIST));
        });
        downloads.record(story.id(), "rina-padek");
        downloads.record(story.id(), "rina-padek");
        downloads.record(story.id(), "wartawan-lepas");

        String page = mvc.perform(get("/analytics/downloads").with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fotografer Mentawai jadi jurnalis", "Padang Ekspres", "Wartawan Lepas");

        mvc.perform(get("/api/analytics/downloads").with(user("budi").roles("EDITOR")))
            .andExpect(jsonPath("$.stories[0].downloads").value(3))
            .andExpect(jsonPath("$.stories[0].journalists").value(2))
            .andExpect(jsonPath("$.outlets[0].outlet").value("Padang Ekspres"))
            .andExpect(jsonPath("$.outlets[0].downloads").value(2));
        byte[] csv = mvc.perform(get("/analytics/downloads.csv").param("by", "outlet")
                .with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                    "attachment; filename=\"unduhan-kit-per-media.csv\""))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("outlet,downloads,journalists,stories",
                "Padang Ekspres,2,1,1", "—,1,1,1");
        mvc.perform(get("/analytics/downloads").with(user("sari").roles("WRITER"))).andExpect(status().isForbidden());
    }

    @Test
    void listsTheDownloadsThatAClipFromTheJournalistsOutletFollowed(@Autowired MockMvc mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired PressKitDownloads downloads,
            @Autowired AccountRequests requests, @Autowired PressClips clips) throws Exception {
        Story story = new StoryFixtures(stories, courses, alumni).aPublishedStory("Donat Aidoo di Kota Jambi");
        SystemActor.run(() -> {
            var request = requests.submit("Yusuf Senjari", "Senjari.com", "yusuf@senjari.test", "Liputan daerah");
            requests.approve(request.id(), "yusuf-senjari");
        });
        downloads.record(story.id(), "yusuf-senjari");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        SystemActor.run(() -> {
            clips.record(clip(" senjari.com ", "Donat Aidoo laris di Jambi", today, story), "budi");
            clips.record(clip("Tribun Jambi", "Alumni Prakerja membuka gerai donat", today, story), "budi");
            clips.record(clip("Senjari.com", "Liputan lama sebelum unduhan", today.minusYears(1), story), "budi");
        });

        String page = mvc.perform(get("/analytics/downloads").with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Diikuti liputan", "Donat Aidoo laris di Jambi")
            .doesNotContain("Alumni Prakerja membuka gerai donat").doesNotContain("Liputan lama sebelum unduhan");
        mvc.perform(get("/api/analytics/downloads").with(user("budi").roles("EDITOR")))
            .andExpect(jsonPath("$.followedByCoverage.length()").value(1))
            .andExpect(jsonPath("$.followedByCoverage[0].username").value("yusuf-senjari"));
        byte[] csv = mvc.perform(get("/analytics/downloads.csv").param("by", "followed")
                .with(user("budi").roles("EDITOR"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Donat Aidoo laris di Jambi", "yusuf-senjari");
    }

    private static ClipDetails clip(String outlet, String headline, LocalDate on, Story story) {
        return new ClipDetails(outlet, null, on, null, headline, null, "id", null, null, Set.of(story.id()));
    }
}
