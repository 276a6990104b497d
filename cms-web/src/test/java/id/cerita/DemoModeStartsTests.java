package id.cerita;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.common.StoryId;
import id.cerita.story.Audience;
import id.cerita.story.Stories;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryListing;
import id.cerita.story.StoryReader;
import id.cerita.story.StoryStatus;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.StaffUsers;

/** What `./cerita demo` starts: the whole application with the demo profile, on a fresh embedded database. */
@SpringBootTest(properties = "cerita.demo.password=" + DemoModeStartsTests.PASSWORD)
@ActiveProfiles("demo")
class DemoModeStartsTests {

    static final String PASSWORD = "sandi-demo-untuk-uji";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void startsWithTheDemoStoriesLiveAndTheDemoAccounts(@Autowired StoryListing listing,
            @Autowired StoryReader reader, @Autowired Stories stories, @Autowired StaffUsers users, @Autowired PasswordEncoder passwords) {
        StoryFilter published = new StoryFilter(StoryStatus.PUBLISHED, null, null, null, null, null);
        assertThat(listing.page(published, 0, 1).total()).isGreaterThanOrEqualTo(14);
        assertThat(reader.liveStoryIds()).allSatisfy(id -> assertThat(reader.working(id)).isPresent());
        StoryId yeni = stories.bySlug("yeni-mahasiswi-tanjab-barat-rintis-sewa-papan-ucapan").orElseThrow().id();
        assertThat(reader.liveStoryIds().stream().filter(id -> reader.published(id, Audience.PRESS).isEmpty()))
            .as("Yeni gave no PRESS consent: only her story stays out of the press room").containsExactly(yeni);
        assertThat(reader.published(yeni, Audience.PUBLIC_SITE)).as("but it is on the website").isPresent();
        for (String username : new String[] { "admin", "sari", "rina", "budi", "dewi", "jurnalis" }) {
            assertThat(passwords.matches(PASSWORD, users.require(username).passwordHash())).as(username).isTrue();
        }
    }
}
