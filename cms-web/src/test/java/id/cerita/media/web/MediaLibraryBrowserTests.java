package id.cerita.media.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.media.FocalPoint;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** An editor in headless Chromium: upload a photo, set its focal point, describe it, attach it, see the crop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaLibraryBrowserTests {

    private static final String PASSWORD = "rahasia-sekali-2024";

    @TempDir
    static Path dataDir;

    static Playwright playwright;
    static Browser browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.data-dir", () -> dataDir.toString());
        registry.add("server.address", () -> "127.0.0.1");
    }

    @BeforeAll
    static void chromium() {
        // a shared 2-core machine: making 16 derivatives of an upload can take a while under load
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("cerita.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void showsWhyAFileDroppedOnTheUploadPageIsRefused(@Autowired StaffUsers users) {
        String writer = "tulis-" + UUID.randomUUID().toString().substring(0, 8);
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(writer, "Penulis", PASSWORD, EnumSet.of(Role.WRITER)));

        try (var context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port))) {
            Page page = context.newPage();
            signIn(page, writer);
            page.navigate("/media/upload");
            var dataTransfer = page.evaluateHandle("""
                    () => {
                      const dt = new DataTransfer();
                      dt.items.add(new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
                          'logo.svg', { type: 'image/svg+xml' }));
                      return dt;
                    }""");
            page.locator("#drop-zone").dispatchEvent("drop", Map.of("dataTransfer", dataTransfer));

            assertThat(page.locator(".upload-item.failed [role=alert]")).containsText("SVG tidak diterima");
            assertThat(page.locator(".upload-item.failed")).containsText("logo.svg");
        }
    }

    private static void signIn(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Test
    void uploadsAPhotoSetsItsFocalPointDescribesItAndAttachesItToAStory(@Autowired StaffUsers users,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired MediaLibrary library, @Autowired StoryImageLinks links) throws Exception {
        String editor = "foto-" + UUID.randomUUID().toString().substring(0, 8);
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(editor, "Editor Foto", PASSWORD, EnumSet.of(Role.WRITER, Role.EDITOR)));
        Story story = new StoryFixtures(stories, courses, alumni).aDraft("Donat Aidoo, dari dapur ke etalase");
        Path photo = dataDir.resolve("donat-aidoo.jpg");
        Files.write(photo, TestImages.redLeftBlueRight(1600, 600, "jpg"));

        try (var context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            signIn(page, editor);

            page.navigate("/media/upload");
            page.locator("#file-input").setInputFiles(photo);
            Locator editLink = page.locator(".upload-edit-link");
            assertThat(editLink).isVisible();
            assertThat(page.locator(".upload-item progress")).hasAttribute("value", "100");
            // not described yet: in the library its link is named by the file and its picture is decorative (axe's
            // link-name and image-alt rules hold even before the alt text is written)
            page.navigate("/media");
            Locator card = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("donat-aidoo.jpg"));
            assertThat(card).isVisible();
            assertThat(card.locator("img")).hasAttribute("alt", "");
            card.click();

            Locator image = page.locator("#focal-image");
            assertThat(image).isVisible();
            BoundingBox box = image.boundingBox();
            image.click(new Locator.ClickOptions().setPosition(box.width * 0.95, box.height * 0.5));
            assertThat(page.locator("#focal-status")).containsText("95% dari kiri");

            page.locator("#altText").fill("Donat warna-warni di etalase toko Donat Aidoo");
            page.locator("#caption").fill("Hujaipah menata donat di gerainya di Kota Jambi.");
            page.locator("#describe-form button[type=submit]").click();
            assertThat(page.locator(".notice.success")).containsText("Keterangan disimpan");

            page.locator("#storyId").selectOption(new SelectOption().setLabel(story.title()));
            page.locator("#attach-form button[type=submit]").click();
            assertThat(page.locator("#usages")).containsText(story.title());

            Locator square = page.locator("img.crop-preview[data-crop='1x1']");
            assertThat(square).isVisible();
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", square.elementHandle());
            @SuppressWarnings("unchecked")
            Map<String, Object> pixel = (Map<String, Object>) square.evaluate("""
                    img => {
                      const c = document.createElement('canvas');
                      c.width = img.naturalWidth; c.height = img.naturalHeight;
                      const g = c.getContext('2d');
                      g.drawImage(img, 0, 0);
                      const left = g.getImageData(2, c.height / 2, 1, 1).data;
                      const right = g.getImageData(c.width - 3, c.height / 2, 1, 1).data;
                      return { w: img.naturalWidth, h: img.naturalHeight, leftRed: left[0], leftBlue: left[2],
                               rightRed: right[0], rightBlue: right[2] };
                    }""");
            // focus at 95% from the left of a red|blue photo: the square crop is wholly in the blue half
            assertThat(((Number) pixel.get("w")).intValue()).isEqualTo(((Number) pixel.get("h")).intValue());
            assertThat(((Number) pixel.get("leftBlue")).intValue()).isGreaterThan(150);
            assertThat(((Number) pixel.get("leftRed")).intValue()).isLessThan(90);
            assertThat(((Number) pixel.get("rightBlue")).intValue()).isGreaterThan(150);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/media-edit-page.png")).setFullPage(true));

            page.navigate("/media");
            page.locator("#q").fill("etalase");
            page.locator("form.media-search button[type=submit]").click();
            assertThat(page.locator(".media-card")).hasCount(1);
            assertThat(page.locator(".media-card .media-usages")).containsText(story.title());
            page.locator("#q").fill("tidak ada yang cocok");
            page.locator("form.media-search button[type=submit]").click();
            assertThat(page.locator(".media-card")).hasCount(0);

            // the story editor shows the attached photo, by its alt text, as the lead image
            page.navigate("/stories/" + story.id());
            assertThat(page.locator("#story-photos img")).hasAttribute("alt",
                    "Donat warna-warni di etalase toko Donat Aidoo");
            assertThat(page.locator("#story-photos").getByRole(com.microsoft.playwright.options.AriaRole.RADIO,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gambar utama"))).isChecked();
        }

        MediaAsset asset = library.require(links.of(story.id()).leadMediaId().orElseThrow());
        assertThat(asset.altText()).isEqualTo("Donat warna-warni di etalase toko Donat Aidoo");
        assertThat(asset.caption()).isEqualTo("Hujaipah menata donat di gerainya di Kota Jambi.");
        assertThat(asset.focalPoint().x()).isCloseTo(0.95, org.assertj.core.data.Offset.offset(0.02));
        assertThat(asset.focalPoint()).isNotEqualTo(FocalPoint.CENTRE);
        assertThat(links.problemsBeforePublishing(story.id())).isEmpty();
    }
}
