package id.cerita.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.SystemActor;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.press.PressKit.KitFile;
import id.cerita.press.PressKitRefused.Reason;
import id.cerita.story.Stories;
import id.cerita.story.Story;

/** Press kits built from real stories in a real database; run on H2 and PostgreSQL by the two subclasses. */
@SpringBootTest(classes = CoreTestApplication.class)
@Import(PressTestPorts.class)
abstract class PressKitsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    PressKits kits;
    PressSettingsStore settings;
    PressFixtures fixtures;
    PressTestPorts.Embargoes embargoes;
    PressTestPorts.Photos photos;
    Alumni alumni;
    Clock clock;

    @BeforeEach
    void wire(@Autowired PressKits kits, @Autowired PressSettingsStore settings, @Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni, @Autowired PressTestPorts.Embargoes embargoes,
            @Autowired PressTestPorts.Photos photos, @Autowired Clock clock) {
        this.kits = kits;
        this.settings = settings;
        this.fixtures = new PressFixtures(stories, courses, alumni);
        this.embargoes = embargoes;
        this.photos = photos;
        this.alumni = alumni;
        this.clock = clock;
    }

    @Test
    void bundlesEveryFormatAndListsEachFileWithItsSizeAndHash() throws Exception {
        Story story = fixtures.aPublishedStory();
        photos.give(story.id(), PressTestPorts.photo("vita-merias.jpg", 1600, 1067, true));

        PressKit kit = kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY);

        KitContents zip = KitContents.of(kit.zip());
        assertThat(zip.files().keySet()).containsExactlyInAnyOrder("manifest.json", "id/siaran-pers.pdf",
                "id/siaran-pers.docx", "id/siaran-pers.txt", "id/ninjs.json", "id/newsml-g2.xml",
                "photos/vita-merias.jpg", "photos/captions.txt");
        JsonNode manifest = JSON.readTree(zip.bytes("manifest.json"));
        assertThat(manifest.get("files")).hasSize(7);
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = zip.bytes(file.get("path").asString());
            assertThat(file.get("size").asLong()).as(file.get("path").asString()).isEqualTo(bytes.length);
            assertThat(file.get("sha256").asString()).as(file.get("path").asString())
                .isEqualTo(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        assertThat(kit.files()).extracting(KitFile::path).doesNotContain("manifest.json");
        assertThat(kit.fileName()).isEqualTo("siaran-pers-" + story.slug().value() + ".zip");
        assertThat(zip.text("photos/captions.txt")).contains("vita-merias.jpg: Vita merias pengantin");
    }

    @Test
    void writesNinjsThatTheOfficialSchemaAccepts() throws Exception {
        Story story = fixtures.aPublishedStory();
        photos.give(story.id(), PressTestPorts.photo("vita-merias.jpg", 1600, 1067, true));

        byte[] ninjs = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/ninjs.json");

        assertThat(PressFormats.ninjsErrors(ninjs)).isEmpty();
        JsonNode doc = JSON.readTree(ninjs);
        assertThat(doc.get("headlines").get(0).get("value").asString()).isEqualTo(PressFixtures.HEADLINE);
        assertThat(doc.get("language").asString()).isEqualTo("id");
        assertThat(doc.get("pubStatus").asString()).isEqualTo("usable");
        assertThat(doc.has("embargoedUntil")).isFalse();
        assertThat(doc.get("bodies")).extracting(b -> b.get("contentType").asString())
            .containsExactly("text/html", "text/plain");
        assertThat(doc.get("bodies").get(0).get("value").asString()).contains("<strong>pelatihan digital marketing</strong>");
        assertThat(doc.get("places").get(0).get("uri").asString()).isEqualTo("urn:kemendagri:wilayah:75.71");
        assertThat(doc.get("located").asString()).isEqualTo("Gorontalo, Gorontalo");
        assertThat(doc.get("subjects")).extracting(s -> s.get("uri").asString())
            .contains("urn:cerita:theme:tata-rias", "urn:cerita:theme:pemasaran-digital")
            .anyMatch(uri -> uri.startsWith("urn:cerita:course:pelatihan-"));
        assertThat(doc.get("people").get(0).get("name").asString()).isEqualTo("Vita Imam Matus Sholekhah");
        assertThat(doc.get("copyrightHolder").asString()).isEqualTo(settings.current().copyrightHolder());
        assertThat(doc.get("usageTerms").asString()).isEqualTo(settings.current().usageTermsId());
        JsonNode rendition = doc.get("associations").get(0).get("renditions").get(0);
        assertThat(rendition.get("width").asInt()).isEqualTo(1600);
        assertThat(rendition.get("height").asInt()).isEqualTo(1067);
        assertThat(rendition.get("poi").get("x").asInt()).isEqualTo(400);
        assertThat(rendition.get("poi").get("y").asInt()).isEqualTo(427);
    }

    @Test
    void rejectsANinjsDocumentTheSchemaForbids() {
        assertThat(PressFormats.ninjsErrors("{\"uri\":\"urn:x\",\"pubStatus\":\"published\"}".getBytes()))
            .as("the validator really checks").isNotEmpty();
    }

    @Test
    void writesANewsMlG2ItemThatTheXsdAccepts() throws Exception {
        Story story = fixtures.aPublishedStory();
        embargoes.embargo(story.id(), clock.instant().plus(Duration.ofDays(2)));

        KitContents zip = KitContents.of(kits.assemble(story.id(), EmbargoAccess.INCLUDING_EMBARGOED).zip());

        byte[] xml = zip.bytes("id/newsml-g2.xml");
        PressFormats.validateNewsMl(xml);
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("<embargoed>").contains("uri=\"urn:kemendagri:wilayah:75.71\"")
            .contains("<headline>" + PressFixtures.HEADLINE + "</headline>");
    }

    @Test
    void printsAnA4ReleaseWithEmbeddedFontsThatReadsBack() throws Exception {
        Story story = fixtures.aPublishedStory();

        byte[] pdf = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/siaran-pers.pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/press-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/press-samples/siaran-pers.pdf"), pdf); // for a human to look at

        String text = PressFormats.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("UNTUK SEGERA DIPUBLIKASIKAN").contains("Dari Kamar Rias ke Panggung Pengantin")
            .contains(settings.current().boilerplateId().substring(0, 60)).contains(settings.current().contactEmail())
            .containsPattern("GORONTALO, \\p{L}+, \\d{1,2} \\p{L}+ \\d{4} – Vita lulus kuliah").contains("###").contains("tiga kabupaten di sekitar Gorontalo — termasuk");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("Inter");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void writesAWordDocumentOfTheSameArticle() throws Exception {
        Story story = fixtures.aPublishedStory();

        byte[] docx = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip()).bytes("id/siaran-pers.docx");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo(settings.current().organisation());
            assertThat(words.getText()).contains("UNTUK SEGERA DIPUBLIKASIKAN").contains(PressFixtures.HEADLINE)
                .contains("Ia mengikuti pelatihan digital marketing.").contains(settings.current().boilerplateId())
                .contains("###");
        }
    }

    @Test
    void carriesTheEmbargoLineOnEveryFormat() throws Exception {
        Story story = fixtures.aPublishedStory();
        photos.give(story.id(), PressTestPorts.photo("temu-alumni.jpg", 800, 600, false));
        Instant until = Instant.parse("2099-06-05T03:00:00Z");
        embargoes.embargo(story.id(), until);

        PressKit kit = kits.assemble(story.id(), EmbargoAccess.INCLUDING_EMBARGOED);

        String line = "EMBARGO HINGGA Jumat, 5 Juni 2099 pukul 10.00 WIB (UTC+07:00)";
        KitContents zip = KitContents.of(kit.zip());
        assertThat(kit.embargoedUntil()).isEqualTo(until);
        assertThat(PressFormats.pdfText(zip.bytes("id/siaran-pers.pdf"))).contains(line);
        assertThat(zip.text("id/siaran-pers.txt")).startsWith(line);
        try (XWPFWordExtractor words = new XWPFWordExtractor(
                new XWPFDocument(new ByteArrayInputStream(zip.bytes("id/siaran-pers.docx"))))) {
            assertThat(words.getText()).contains(line);
        }
        assertThat(JSON.readTree(zip.bytes("id/ninjs.json")).get("embargoedUntil").asString())
            .isEqualTo("2099-06-05T03:00:00Z");
        assertThat(zip.text("id/newsml-g2.xml")).contains("<embargoed>2099-06-05T03:00:00Z</embargoed>");
        assertThat(zip.text("photos/captions.txt")).startsWith(line);
        assertThat(JSON.readTree(zip.bytes("manifest.json")).get("embargoedUntil").asString()).isEqualTo(until.toString());
    }

    @Test
    void refusesAnEmbargoedStoryToThoseWhoMayNotSeeEmbargoedMaterial() {
        Story story = fixtures.aPublishedStory();
        embargoes.embargo(story.id(), clock.instant().plus(Duration.ofHours(6)));

        assertThatThrownBy(() -> kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY))
            .isInstanceOfSatisfying(PressKitRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMBARGOED));
    }

    @Test
    void servesTheKitOnceTheEmbargoHasPassed() {
        Story story = fixtures.aPublishedStory();
        embargoes.embargo(story.id(), clock.instant().minus(Duration.ofMinutes(1)));

        PressKit kit = kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY);

        assertThat(kit.embargoed()).isFalse();
        assertThat(KitContents.of(kit.zip()).text("id/siaran-pers.txt")).startsWith("UNTUK SEGERA DIPUBLIKASIKAN");
    }

    @Test
    void refusesAStoryWhoseAlumnusGaveNoPressConsent() {
        Story story = fixtures.aPublishedStoryWithConsent(EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE));

        assertThatThrownBy(() -> kits.assemble(story.id(), EmbargoAccess.INCLUDING_EMBARGOED))
            .isInstanceOfSatisfying(PressKitRefused.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.NO_PRESS_CONSENT);
                assertThat(e.getMessage()).contains("izin PERS");
            });
    }

    @Test
    void refusesAStoryOnceTheAlumnusWithdrawsConsent() {
        Story story = fixtures.aPublishedStory();
        kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY);
        var alumnusId = story.content().alumnusId();
        var consent = alumni.require(alumnusId).consents().getFirst();

        SystemActor.run(() -> alumni.withdrawConsent(alumnusId, consent.consentId(), "system",
                "Alumni meminta ceritanya tidak dimuat media"));

        assertThatThrownBy(() -> kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY))
            .isInstanceOfSatisfying(PressKitRefused.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.NO_PRESS_CONSENT));
    }

    @Test
    void refusesADraft() {
        Story draft = fixtures.aDraft();

        assertThatThrownBy(() -> kits.assemble(draft.id(), EmbargoAccess.INCLUDING_EMBARGOED))
            .isInstanceOfSatisfying(PressKitRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_PUBLISHED));
    }

    @Test
    void keepsOnlyWhatThePressConsentCovers() throws Exception {
        Story story = fixtures.aPublishedStoryWithConsent(
                EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE, ConsentScope.PRESS));
        photos.give(story.id(), PressTestPorts.photo("vita-merias.jpg", 1200, 800, true),
                PressTestPorts.photo("temu-alumni.jpg", 1200, 800, false));

        KitContents zip = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip());

        assertThat(zip.files()).containsKey("photos/temu-alumni.jpg").doesNotContainKey("photos/vita-merias.jpg");
        JsonNode ninjs = JSON.readTree(zip.bytes("id/ninjs.json"));
        assertThat(ninjs.has("organisations")).as("no BUSINESS_DETAILS consent").isFalse();
        assertThat(zip.text("id/siaran-pers.txt")).doesNotContain("Vita MUA").doesNotContain("vita-merias.jpg");
        assertThat(ninjs.get("associations")).hasSize(1);
    }

    @Test
    void includesThePublishedEnglishTranslation() throws Exception {
        Story story = fixtures.aPublishedStory();
        fixtures.anEnglishTranslationOf(story);

        KitContents zip = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip());

        assertThat(zip.files()).containsKeys("id/siaran-pers.pdf", "en/press-release.pdf", "en/press-release.docx",
                "en/press-release.txt", "en/ninjs.json", "en/newsml-g2.xml");
        assertThat(PressFormats.pdfText(zip.bytes("en/press-release.pdf"))).contains("FOR IMMEDIATE RELEASE")
            .contains("About the programme").contains(settings.current().boilerplateEn().substring(0, 40));
        assertThat(PressFormats.ninjsErrors(zip.bytes("en/ninjs.json"))).isEmpty();
        PressFormats.validateNewsMl(zip.bytes("en/newsml-g2.xml"));
        assertThat(JSON.readTree(zip.bytes("manifest.json")).get("languages")).extracting(JsonNode::asString)
            .containsExactly("id", "en");
    }

    @Test
    void printsTheBoilerplateAndContactAsAnAdminLastSetThem() {
        PressSettings before = settings.current();
        try {
            settings.update(new PressSettings(before.organisation(), before.letterheadLine(),
                    "Program ini telah melatih jutaan warga di seluruh Nusantara.", before.boilerplateEn(),
                    "Rina Kusuma", "Juru bicara", "rina@example.org", "+62 811 0000 000", before.copyrightHolder(),
                    before.usageTermsId(), before.usageTermsEn()), "admin");
            Story story = fixtures.aPublishedStory();

            String text = KitContents.of(kits.assemble(story.id(), EmbargoAccess.RELEASED_ONLY).zip())
                .text("id/siaran-pers.txt");

            assertThat(text).contains("Program ini telah melatih jutaan warga di seluruh Nusantara.")
                .contains("Rina Kusuma (Juru bicara) · rina@example.org · +62 811 0000 000");
        } finally {
            settings.update(before, "admin");
        }
    }

}
