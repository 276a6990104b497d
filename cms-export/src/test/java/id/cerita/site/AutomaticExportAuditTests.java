package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.alumni.Alumni;
import id.cerita.audit.AuditLog;
import id.cerita.common.SystemActor;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** An export nobody clicked, after a publication, is in the audit log as Cerita's own. */
@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
class AutomaticExportAuditTests {

    @TempDir
    static Path site;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.site.output-dir", site::toString);
        registry.add("cerita.site.debounce-millis", () -> "200");
    }

    @Test
    void auditsTheExportAPublicationStarts(@Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni, @Autowired AuditLog audit, @Autowired SiteExports exports) {
        assertThat(audit.actions()).doesNotContain("site.export-automatic");

        new StoryFixtures(stories, courses, alumni).aPublishedStory("Donat Aidoo membuka gerai kedua");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(SystemActor.call(audit::actions)).contains("site.export-automatic"));
        // the export goes on after the entry: let it end before the temporary site folder is removed
        await().atMost(Duration.ofSeconds(60)).until(() -> exports.progress().state() == SiteExportProgress.State.IDLE
                || exports.progress().state() == SiteExportProgress.State.FAILED);
    }
}
