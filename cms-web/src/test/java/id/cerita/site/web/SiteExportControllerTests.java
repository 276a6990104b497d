package id.cerita.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.cerita.site.SiteExports;
import id.cerita.testsupport.TestDatabases;

@SpringBootTest
@AutoConfigureMockMvc
class SiteExportControllerTests {

    @TempDir
    static Path site;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.site.output-dir", site::toString);
    }

    @Test
    void letsAnEditorStartAnExportThroughTheApi(@Autowired MockMvc mvc, @Autowired SiteExports exports)
            throws Exception {
        mvc.perform(post("/api/site/exports").with(user("budi").roles("EDITOR")))
            .andExpect(status().isAccepted()).andExpect(jsonPath("$.state").exists());
        exports.exportNow();

        assertThat(Files.isSymbolicLink(site.resolve("current"))).isTrue();
        assertThat(site.resolve("current/index.html")).exists();
        assertThat(site.resolve("current/sitemap.xml")).exists();
    }

    @Test
    void refusesAnExportToAWriter(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(post("/api/site/exports").with(user("sari").roles("WRITER"))).andExpect(status().isForbidden());
        mvc.perform(get("/site").with(user("sari").roles("WRITER"))).andExpect(status().isForbidden());
    }

    @Test
    void showsTheExportPageWithAProgressBarAndNoInlineScript(@Autowired MockMvc mvc) throws Exception {
        String html = mvc.perform(get("/site").with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ekspor penuh").contains("<progress id=\"site-progress\"")
            .contains("src=\"/js/site-export.js\"").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        mvc.perform(get("/site/progress").with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.state").exists());
        mvc.perform(post("/site/exports").with(user("budi").roles("EDITOR")).with(csrf()))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void servesTheBuiltSiteToStaffWithItsLinksKeptInsideThePreview(@Autowired MockMvc mvc,
            @Autowired SiteExports exports) throws Exception {
        exports.exportNow();
        String build = exports.progress().build();

        String home = mvc.perform(get("/site/preview/" + build + "/").with(user("sari").roles("WRITER")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(home).contains("href=\"/site/preview/" + build + "/assets/site.css\"")
            .doesNotContain("href=\"/assets/");
        mvc.perform(get("/site/preview/" + build + "/assets/site.css").with(user("sari").roles("WRITER")))
            .andExpect(status().isOk());
        mvc.perform(get("/site/preview/" + build + "/").with(user("jurnalis").roles("JOURNALIST")))
            .andExpect(status().isForbidden());
    }

    @Test
    void findsNothingOutsideTheBuildOrInABuildThatIsNotPreviewable(@Autowired MockMvc mvc,
            @Autowired SiteExports exports) throws Exception {
        exports.exportNow();
        String build = exports.progress().build();
        Files.writeString(site.resolve("secret.txt"), "rahasia");

        for (String path : new String[] { "/site/preview/" + build + "/../../secret.txt",
                "/site/preview/" + build + "/%2e%2e/%2e%2e/secret.txt", "/site/preview/" + build + "/.hidden",
                "/site/preview/999999/index.html", "/site/preview/abc/index.html" }) {
            int status = mvc.perform(get(path).with(user("budi").roles("EDITOR"))).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(400, 404);
        }
    }

    @Test
    void sendsALinkToAReplacedBuildToTheSamePageOfTheLiveOne(@Autowired MockMvc mvc, @Autowired SiteExports exports)
            throws Exception {
        exports.exportNow();
        String older = exports.progress().build();
        exports.exportNow();
        String live = exports.progress().build();

        mvc.perform(get("/site/preview/" + older + "/assets/site.css").with(user("budi").roles("EDITOR")))
            .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/site/preview/" + live + "/assets/site.css"));
        assertThat(live).isNotEqualTo(older);
    }

    @Test
    void saysHowTheExportEndedWithBuildPagesAndTime(@Autowired MockMvc mvc, @Autowired SiteExports exports)
            throws Exception {
        exports.exportNow();
        var progress = exports.progress();

        String html = mvc.perform(get("/site").with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/site?lang=en").with(user("budi").roles("EDITOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(progress.state()).isEqualTo(id.cerita.site.SiteExportProgress.State.IDLE);
        assertThat(progress.pages()).isPositive();
        assertThat(html).containsPattern("Selesai, build " + progress.build() + ", \\d+ halaman, \\d+ ms")
            .contains("href=\"/site/preview/" + progress.build() + "/\"");
        assertThat(english).containsPattern("Done, build " + progress.build() + ", \\d+ pages, \\d+ ms");
        mvc.perform(get("/site/progress").with(user("budi").roles("EDITOR")))
            .andExpect(jsonPath("$.state").value("IDLE")).andExpect(jsonPath("$.build").value(progress.build()))
            .andExpect(jsonPath("$.pages").value(progress.pages()));
    }
}
