package id.cerita.press.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaDescription;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.press.PressSettings;
import id.cerita.press.PressSettingsStore;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.ApiTokens;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** The press kit download, the journalist's story page and the settings page, through the full web stack. */
@SpringBootTest
@AutoConfigureMockMvc
class PressKitWebTests {

    private static final RequestPostProcessor JOURNALIST = user("wartawan").roles("JOURNALIST");
    private static final RequestPostProcessor EDITOR = user("budi").roles("EDITOR");
    private static final RequestPostProcessor WRITER = user("sari").roles("WRITER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    MockMvc mvc;
    PressStories stories;

    @BeforeEach
    void wire(@Autowired MockMvc mvc, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        this.mvc = mvc;
        this.stories = new PressStories(stories, courses, alumni);
    }

    @Test
    void givesAJournalistTheKitAsAZipAttachment() throws Exception {
        Story story = stories.published("Vita menata usaha rias di Gorontalo");

        byte[] zip = mvc.perform(get("/api/stories/{id}/press-kit", story.id()).with(JOURNALIST))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/zip"))
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
            .andExpect(header().string("Cache-Control", "private, no-store"))
            .andReturn().getResponse().getContentAsByteArray();

        assertThat(entries(zip)).contains("manifest.json", "id/siaran-pers.pdf", "id/siaran-pers.docx",
                "id/siaran-pers.txt", "id/ninjs.json", "id/newsml-g2.xml");
    }

    @Test
    void refusesAnonymousUsers() throws Exception {
        Story story = stories.published("Cerita untuk pengguna anonim");

        mvc.perform(get("/api/stories/{id}/press-kit", story.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/press/stories/{slug}", story.slug().value()))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesWritersWithoutPressRights() throws Exception {
        Story story = stories.published("Cerita yang tidak boleh diunduh penulis");

        mvc.perform(get("/api/stories/{id}/press-kit", story.id()).with(WRITER)).andExpect(status().isForbidden());
        mvc.perform(get("/press/stories/{slug}/press-kit", story.slug().value()).with(WRITER))
            .andExpect(status().isForbidden());
    }

    @Test
    void explainsThatAStoryWithoutPressConsentHasNoKit() throws Exception {
        Story story = stories.publishedWithConsent("Cerita tanpa izin pers",
                EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE));

        mvc.perform(get("/api/stories/{id}/press-kit", story.id()).with(JOURNALIST))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andExpect(jsonPath("$.reason").value("NO_PRESS_CONSENT"))
            .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("izin PERS")));
        String page = mvc.perform(get("/press/stories/{slug}", story.slug().value()).with(JOURNALIST))
            .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("izin PERS").doesNotContain("download-press-kit");
    }

    @Test
    void keepsAnEmbargoedKitFromJournalistsButGivesItToEditors() throws Exception {
        Story story = stories.embargoed("Cerita di bawah embargo", Instant.parse("2099-06-05T03:00:00Z"));

        mvc.perform(get("/api/stories/{id}/press-kit", story.id()).with(JOURNALIST))
            .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("EMBARGOED"));
        mvc.perform(get("/api/stories/{id}/press-kit", story.id()).with(EDITOR))
            .andExpect(status().isOk()).andExpect(header().string("X-Press-Kit-Embargoed", "true"));
        mvc.perform(get("/api/stories/{id}/press-kit", story.id())
                .with(user("wartawan-embargo").authorities(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_JOURNALIST"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority(EmbargoClearance.AUTHORITY))))
            .andExpect(status().isOk());
    }

    @Test
    void showsTheJournalistTheStoryWithADownloadButton() throws Exception {
        Story story = stories.published("Vita dan buku pesanan riasnya");

        String page = mvc.perform(get("/press/stories/{slug}", story.slug().value()).with(JOURNALIST))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Vita dan buku pesanan riasnya").contains("UNTUK SEGERA DIPUBLIKASIKAN")
            .contains("href=\"/press/stories/" + story.slug().value() + "/press-kit\"");
        // the press room searches the index, which follows the database shortly after
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(mvc.perform(get("/press")
                .with(JOURNALIST)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
            .contains("/press/stories/" + story.slug().value()));
    }

    @Test
    void letsAnAdminEditTheBoilerplatePrintedInEveryKit(@Autowired PressSettingsStore settings) throws Exception {
        PressSettings before = settings.current();
        try {
            mvc.perform(post("/admin/press-settings").with(ADMIN).with(csrf())
                    .param("organisation", "Tim Komunikasi Program")
                    .param("letterheadLine", "Jakarta · Siaran Pers")
                    .param("boilerplateId", "Boilerplate baru yang diedit admin.")
                    .param("boilerplateEn", "A new boilerplate edited by an admin.")
                    .param("contactName", "Rina").param("contactRole", "Juru bicara")
                    .param("contactEmail", "rina@example.org").param("contactPhone", "+62 811 000")
                    .param("copyrightHolder", "Tim Komunikasi Program")
                    .param("usageTermsId", "Boleh dimuat dengan menyebut sumber.")
                    .param("usageTermsEn", "May be republished with attribution."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/press-settings"));

            assertThat(settings.current().boilerplateId()).isEqualTo("Boilerplate baru yang diedit admin.");
            String form = mvc.perform(get("/admin/press-settings").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
            assertThat(form).contains("Boilerplate baru yang diedit admin.");
            mvc.perform(post("/admin/press-settings").with(ADMIN).with(csrf()).param("contactEmail", "bukan-surel"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
            mvc.perform(get("/admin/press-settings").with(JOURNALIST)).andExpect(status().isForbidden());
        } finally {
            settings.update(before, "test");
        }
    }

    @Test
    void acceptsAJournalistsPersonalApiTokenForTheKit(@Autowired StaffUsers users, @Autowired ApiTokens tokens)
            throws Exception {
        Story story = stories.published("Kit pers lewat token API");
        String journalist = "wartawan-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String secret = SystemActor.call(() -> {
            users.create(journalist, "Wartawan Token", "kata-sandi-panjang-1", java.util.Set.of(Role.JOURNALIST));
            return tokens.issue(journalist, "Laptop redaksi", java.time.Duration.ofDays(1), journalist).secret();
        });

        mvc.perform(get("/api/stories/{id}/press-kit", story.id()).header("Authorization", "Bearer " + secret))
            .andExpect(status().isOk()).andExpect(content().contentType("application/zip"));
        mvc.perform(get("/api/stories/{id}/press-kit", story.id()).header("Authorization", "Bearer " + secret + "x"))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void putsTheStorysLibraryPhotosWithTheirCaptionsIntoTheKit(@Autowired MediaIntake intake,
            @Autowired MediaLibrary library, @Autowired StoryImageLinks links) throws Exception {
        Story story = stories.published("Salon Vita dalam foto");
        byte[] original = jpeg(640, 480);
        MediaAsset photo = SystemActor.call(() -> {
            MediaAsset uploaded = intake.accept(original, "image/jpeg", "salon.jpg", "sari").asset();
            MediaAsset described = library.describe(uploaded.id(), uploaded.version(), new MediaDescription(
                    "Vita merias pengantin", "Vita merias pengantin di salonnya", "Tim Komunikasi", "Cerita", null),
                    "sari");
            links.chooseLead(story.id(), described.id(), "sari");
            return described;
        });

        byte[] zip = mvc.perform(get("/api/stories/{id}/press-kit", story.id()).with(JOURNALIST))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(entries(zip)).contains("photos/foto-01.jpg", "photos/captions.txt");
        assertThat(new String(entry(zip, "photos/captions.txt"), java.nio.charset.StandardCharsets.UTF_8))
            .contains(photo.caption());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(
                entry(zip, "photos/foto-01.jpg")));
        assertThat(image.getWidth()).as("full resolution").isEqualTo(640);
    }

    private static byte[] jpeg(int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, width, height, java.awt.Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the kit");
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        return names;
    }

}
