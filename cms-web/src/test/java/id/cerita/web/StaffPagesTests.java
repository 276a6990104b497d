package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/** Every staff page renders, in Indonesian by default and in English on request, under the strict CSP. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffPagesTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void rendersEveryStaffPageInIndonesian(@Autowired MockMvcTester mvc, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) {
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Kisah Vita di Gorontalo");
        var sari = user(StoryFixtures.WRITER).roles("WRITER");
        assertThat(mvc.get().uri("/stories").with(sari)).hasStatusOk().bodyText()
            .contains("Daftar cerita", "Kisah Vita di Gorontalo", "Kota Gorontalo", "Draf");
        assertThat(mvc.get().uri("/stories?status=PUBLISHED").with(sari)).hasStatusOk().bodyText()
            .contains("Belum ada cerita yang cocok").doesNotContain("Kisah Vita di Gorontalo");
        assertThat(mvc.get().uri("/stories?province=75").with(sari)).hasStatusOk().bodyText()
            .contains("Kisah Vita di Gorontalo", "<option value=\"75.71\"");
        assertThat(mvc.get().uri("/stories/new").with(sari)).hasStatusOk().bodyText()
            .contains("Cerita baru", "Isi (Markdown)", "Pratinjau", "Tampilkan kabupaten/kota");
        assertThat(mvc.get().uri("/stories/" + story.id()).with(sari)).hasStatusOk().bodyText()
            .contains("Kisah Vita di Gorontalo", "Ajukan untuk ditinjau", "Saya belajar memasarkan jasa rias");
        assertThat(mvc.get().uri("/courses").with(sari)).hasStatusOk().bodyText().contains("Strategi Digital Marketing", "Daring");
        assertThat(mvc.get().uri("/providers").with(sari)).hasStatusOk().bodyText().contains("Lembaga Pelatihan");
        assertThat(mvc.get().uri("/regions").with(sari)).hasStatusOk().bodyText().contains("Gorontalo", "Papua");
        assertThat(mvc.get().uri("/regions/91").with(sari)).hasStatusOk().bodyText().contains("Daerah tertinggal", "Ya");
        assertThat(mvc.get().uri("/ui/regions/75").with(sari)).hasStatusOk().bodyJson()
            .extractingPath("$[*].code").asArray().contains("75.71");
    }

    @Test
    @WithMockUser(username = "rudi", roles = "ADMIN")
    void refusesACourseOfAnArchivedProviderInTheReadersLanguageNamingTheProvider(@Autowired MockMvcTester mvc,
            @Autowired Courses courses) {
        var provider = courses.register("lembaga-tutup-halaman", "Lembaga Tutup Halaman", null, null);
        assertThat(mvc.post().uri("/providers/{id}/archive", provider.id()).with(user("budi").roles("EDITOR"))
            .with(csrf())).hasStatus3xxRedirection();
        for (String language : new String[] { "id", "en" }) {
            var refused = mvc.post().uri("/courses").param("lang", language).with(user("sari").roles("WRITER"))
                .with(csrf()).param("title", "Kursus Baru " + language).param("themeCode", "kuliner")
                .param("skillType", "HARD").param("delivery", "ONLINE").param("providerId", provider.id().toString());
            assertThat(refused).hasStatusOk().bodyText().contains("Kursus Baru " + language).contains(language.equals("en")
                    ? "This training provider has been archived: Lembaga Tutup Halaman"
                    : "Lembaga pelatihan ini sudah diarsipkan: Lembaga Tutup Halaman");
        }
    }

    @Test
    void switchesToEnglishAndRemembersItInACookie(@Autowired MockMvcTester mvc) {
        var result = mvc.get().uri("/login?lang=en").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Sign in to Cerita", "lang=\"en\"");
        Cookie cookie = result.getResponse().getCookie("cerita-lang");
        assertThat(cookie).isNotNull();
        assertThat(mvc.get().uri("/login").cookie(cookie)).bodyText().contains("Sign in to Cerita");
        assertThat(mvc.get().uri("/login")).bodyText().contains("Masuk ke Cerita", "lang=\"id\"");
        assertThat(mvc.get().uri("/login?lang=fr")).bodyText().contains("Masuk ke Cerita");
    }

    @Test
    void sendsNoInlineScriptOrStyleAndAStrictContentSecurityPolicy(@Autowired MockMvcTester mvc) {
        var result = mvc.get().uri("/stories/new").with(user("sari").roles("WRITER")).exchange();
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(result).bodyText().doesNotContain("style=\"").doesNotContain("<script>")
            .containsPattern("<script src=\"/js/cerita.js\"");
    }

    @Test
    void rendersThePreviewWithTheSiteRendererAndNeedsTheCsrfToken(@Autowired MockMvcTester mvc) {
        var sari = user("sari").roles("WRITER");
        assertThat(mvc.post().uri("/stories/preview").with(sari).with(csrf().asHeader())
                .contentType(MediaType.TEXT_PLAIN).content("## Awal\n\n**tebal** <script>x</script>"))
            .hasStatusOk().bodyText().contains("<h2 id=\"awal\">", "<strong>tebal</strong>").doesNotContain("<script>");
        assertThat(mvc.post().uri("/stories/preview").with(sari).contentType(MediaType.TEXT_PLAIN).content("x"))
            .hasStatus(403);
    }

    @Test
    void keepsWhatWasTypedAndNamesTheFieldWhenASaveIsRefused(@Autowired MockMvcTester mvc) {
        assertThat(mvc.post().uri("/stories").with(user("sari").roles("WRITER")).with(csrf())
                .param("language", "ID").param("title", "").param("summary", "Ringkasan yang sudah diketik.")
                .param("body", "Isi yang **tidak boleh hilang**.").param("regionCode", "75.71"))
            .hasStatusOk().bodyText()
            .contains("Periksa isian berikut", "wajib diisi", "id=\"e-title\"")
            .contains("Ringkasan yang sudah diketik.", "Isi yang **tidak boleh hilang**.");
        assertThat(mvc.post().uri("/stories").with(user("sari").roles("WRITER")).with(csrf())
                .param("language", "ID").param("title", "Judul").param("summary", "Ringkasan")
                .param("body", "Isi").param("regionCode", "99.99"))
            .hasStatusOk().bodyText().contains("Kode wilayah tidak dikenal: 99.99");
    }

    @Test
    void listsTheRegenciesOfAProvinceWithoutJavaScriptAndSavesNothing(@Autowired MockMvcTester mvc,
            @Autowired id.cerita.story.StoryListing listing) {
        long before = listing.page(id.cerita.story.StoryFilter.none(), 0, 1).total();
        assertThat(mvc.post().uri("/stories").with(user("sari").roles("WRITER")).with(csrf())
                .param("_action", "choose-province").param("language", "ID").param("title", "Makbul di Sigi")
                .param("province", "72").param("body", "Draf awal."))
            .hasStatusOk().bodyText().contains("Kabupaten Sigi", "Makbul di Sigi", "Draf awal.")
            .doesNotContain("Periksa isian berikut");
        assertThat(listing.page(id.cerita.story.StoryFilter.none(), 0, 1).total()).isEqualTo(before);
    }

    @Test
    void movesAStoryThroughTheWorkflowButtonsAndExplainsARefusal(@Autowired MockMvcTester mvc,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Mesra di Mentawai");
        // an author who is also an editor: the roles allow approving, the four-eyes rule refuses her own story
        var sari = user(StoryFixtures.WRITER).roles("WRITER", "EDITOR");
        assertThat(mvc.post().uri("/stories/{id}/submit", story.id()).with(sari).with(csrf()))
            .hasStatus3xxRedirection().flash().containsEntry("notice", "Langkah tersimpan: Ajukan untuk ditinjau.");
        assertThat(mvc.post().uri("/stories/{id}/approve", story.id()).with(sari).with(csrf()))
            .hasStatus3xxRedirection().flash().containsEntry("problem", "Penulis tidak dapat menyetujui ceritanya sendiri.");
        assertThat(mvc.post().uri("/stories/{id}/publish", story.id()).with(user(StoryFixtures.EDITOR).roles("EDITOR"))
                .with(csrf()))
            .hasStatus3xxRedirection().flash().extractingByKey("problem").asString()
            .contains("Terbitkan sekarang", "Ditinjau");
        assertThat(StoryFixtures.asSystem(() -> stories.require(story.id())).status()).hasToString("IN_REVIEW");
    }

    @Test
    void answersAnUnknownStoryWithANotFoundPage(@Autowired MockMvcTester mvc) {
        assertThat(mvc.get().uri("/stories/00000000-0000-0000-0000-000000000000").with(user("sari").roles("WRITER")))
            .hasStatus(404);
    }

    @Test
    void sendsStrangersToTheLoginPage(@Autowired MockMvcTester mvc) {
        assertThat(mvc.get().uri("/stories")).hasStatus3xxRedirection().redirectedUrl().contains("/login");
    }
}
