package id.cerita.alumni.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import id.cerita.web.BrowserTestSupport;

/**
 * Issue 13, end to end with visible controls only: a writer records a new alumnus with the signed consent form, a new
 * provider and course, writes the alumnus' story picking both with the keyboard and submits it; an editor sees the
 * consent summary on the review page, approves and publishes; an editor withdraws the consent on the alumnus'
 * profile, and within 60 seconds the story has left journalist search (the real Elasticsearch node) and the exported
 * site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
        "cerita.search.catch-up-interval=1s", "cerita.site.debounce-millis=500" })
class AlumnusToPublicationBrowserTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    static final Path DATA = AlumniApiTests.createData();
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
    @RegisterExtension
    static final BrowserTestSupport browser = BrowserTestSupport.perClass();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.data-dir", DATA::toString);
    }

    @BeforeEach
    void accounts(@Autowired StaffUsers users) {
        SystemActor.run(() -> {
            for (var account : List.of(Map.entry("sari", Role.WRITER), Map.entry("budi", Role.EDITOR),
                    Map.entry("jurnalis", Role.JOURNALIST))) {
                if (users.find(account.getKey()).isEmpty()) {
                    users.create(account.getKey(), account.getKey(), PASSWORD, EnumSet.of(account.getValue()));
                }
            }
        });
    }

    @Test
    void aNewAlumnusStoryIsPublishedAndLeavesJournalistSearchAndTheSiteWithinAMinuteOfTheWithdrawal(
            @LocalServerPort int port) {
        String baseUrl = "http://127.0.0.1:" + port;
        String key = UUID.randomUUID().toString().substring(0, 6);
        String name = "Rahmawati Lubis " + key;
        String provider = "LPK Batik Jambi " + key;
        String course = "Membatik Tulis " + key;
        String title = "Batik tulis Rahmawati dari Jambi " + key;

        // 1. the writer records the alumnus with the signed form, then a provider and one of its courses
        Page sari = browser.newPage(baseUrl);
        BrowserTestSupport.signIn(sari, "sari", PASSWORD);
        mainMenu(sari, "Alumni");
        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah alumni")).click();
        sari.getByLabel("Nama lengkap").fill(name);
        sari.getByLabel("Kabupaten/kota").selectOption("15.71");
        sari.getByLabel("Gelombang").fill("14");
        sari.getByLabel("Usaha").fill("Batik Rahma " + key);
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(sari.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        sari.getByLabel("Nama", new Page.GetByLabelOptions().setExact(true)).check();
        sari.getByLabel("Situs web").check();
        sari.getByLabel("Media/pers").check();
        sari.getByLabel("Diberikan pada").fill("2026-11-20");
        sari.getByLabel("Cara memperoleh").selectOption("SIGNED_FORM");
        sari.getByLabel("Formulir bertanda tangan atau fotonya")
            .setInputFiles(new FilePayload("formulir-rahma.png", "image/png", PNG));
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan persetujuan")).click();
        assertThat(sari.locator(".notice.success")).containsText("Persetujuan dicatat");
        assertThat(sari.locator(".consent").first()).containsText("Berlaku");

        mainMenu(sari, "Lembaga pelatihan");
        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah lembaga")).click();
        sari.getByLabel("Nama lembaga").fill(provider);
        sari.getByLabel("Kota", new Page.GetByLabelOptions().setExact(true)).fill("Jambi");
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(sari.getByRole(AriaRole.STATUS)).containsText(provider);
        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tambah pelatihan: " + provider)).click();
        sari.getByLabel("Judul pelatihan").fill(course);
        sari.getByLabel("Tema", new Page.GetByLabelOptions().setExact(true))
            .selectOption(new SelectOption().setLabel("Kecantikan"));
        sari.getByLabel("Jenis keterampilan").selectOption("HARD");
        sari.getByLabel("Cara belajar").selectOption("OFFLINE");
        sari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
        assertThat(sari.getByRole(AriaRole.STATUS)).containsText(course);

        // 2. the story, with the alumnus and the course picked with the keyboard; saved and submitted
        mainMenu(sari, "Cerita");
        sari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tulis cerita baru")).click();
        sari.getByLabel("Judul", new Page.GetByLabelOptions().setExact(true)).fill(title);
        sari.getByLabel("Ringkasan").fill("Dari membatik di teras rumah menjadi gerai batik tulis.");
        sari.getByLabel("Isi (Markdown)").fill("Rahmawati belajar membatik tulis.\n\nKini ia punya gerai sendiri.");
        sari.getByLabel("Provinsi").selectOption("15");
        assertThat(sari.locator("#f-regionCode option[value='15.71']")).hasCount(1);
        sari.getByLabel("Kabupaten/kota").selectOption("15.71");
        sari.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Pelatihan yang diikuti")).focus();
        sari.keyboard().type(course.toLowerCase());
        assertThat(sari.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION).first()).containsText(course);
        sari.keyboard().press("ArrowDown");
        sari.keyboard().press("Enter");
        assertThat(sari.locator(".picker-chosen")).containsText(course);
        Locator alumnus = sari.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Alumni").setExact(true));
        alumnus.focus();
        sari.keyboard().type(name.toLowerCase());
        assertThat(sari.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION).first()).containsText(name);
        sari.keyboard().press("ArrowDown");
        sari.keyboard().press("Enter");
        assertThat(alumnus).hasValue(Pattern.compile(name + " .*"));
        sari.locator("#save").click();
        assertThat(sari.getByRole(AriaRole.STATUS).first()).containsText("Cerita tersimpan");
        assertThat(sari).hasURL(Pattern.compile(".*/stories/[0-9a-f-]{36}$"));
        String storyId = sari.url().substring(sari.url().lastIndexOf('/') + 1);
        String slug = sari.locator("#f-slug").inputValue();
        assertThat(slug).isNotBlank();
        sari.locator("#step-submit").click();
        assertThat(sari.locator(".notice.success")).isVisible();
        sari.context().close();

        // 3. the editor reviews with the consent summary in view, approves and publishes
        Page budi = browser.newPage(baseUrl);
        BrowserTestSupport.signIn(budi, "budi", PASSWORD);
        budi.locator("#to-review a", new Page.LocatorOptions().setHasText(title)).click();
        Locator summary = budi.locator("#consent-summary");
        assertThat(summary).containsText(name);
        assertThat(summary).not().containsText("Belum dapat terbit");
        budi.locator("#step-approve").click();
        assertThat(budi.locator("#status")).hasAttribute("data-status", "APPROVED");
        budi.locator("#step-publish").click();
        assertThat(budi.locator("#status")).hasAttribute("data-status", "PUBLISHED");

        Path site = DATA.resolve("site").resolve("current");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
            .until(() -> journalistSearchFinds(baseUrl, key, storyId) && !sitePages(site, slug).isEmpty());

        // 4. the consent is withdrawn on the alumnus' profile
        budi.locator("#consent-summary").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Profil dan catatan persetujuan")).click();
        assertThat(budi.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        budi.getByLabel("Alasan penarikan").fill("Rahmawati menelepon: ceritanya minta diturunkan");
        long start = System.nanoTime();
        budi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tarik persetujuan")).click();
        assertThat(budi.locator(".notice.success")).containsText("Persetujuan ditarik");

        // 5. gone from journalist search and from the exported site
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
            .until(() -> !journalistSearchFinds(baseUrl, key, storyId) && sitePages(site, slug).isEmpty()
                    && sitePages(site, title).isEmpty());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Withdrawn on the profile; gone from journalist search and the exported site in %.1f s%n",
                seconds);
        assertThat(seconds).isLessThanOrEqualTo(60);
        budi.context().close();
    }

    private static void mainMenu(Page page, String item) {
        BrowserTestSupport.menu(page)
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    /** The search API as the journalist, with the journalist's own credentials. */
    private static boolean journalistSearchFinds(String baseUrl, String query, String storyId) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("jurnalis:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/search/stories?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("journalist search: " + response.body()).isEqualTo(200);
            return response.body().contains(storyId);
        }
    }

    /** Files of the exported site whose path or text contains {@code text}. */
    private static List<Path> sitePages(Path site, String text) {
        if (!Files.exists(site)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(site.toRealPath())) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(html|xml|json|txt|js)$"))
                .filter(f -> f.toString().contains("/" + text + "/") || contains(f, text)).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(text);
        }
        catch (IOException e) {
            return false;
        }
    }
}
