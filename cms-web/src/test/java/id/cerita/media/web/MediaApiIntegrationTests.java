package id.cerita.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import id.cerita.alumni.Alumni;
import id.cerita.common.MediaId;
import id.cerita.course.Courses;
import id.cerita.media.ContentHash;
import id.cerita.media.ImagingMemory;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** The media API over real HTTP: uploads good and bad, problem details, description, files, deletion rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaApiIntegrationTests {

    private static final String PASSWORD = "rahasia-sekali-2024";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.data-dir", () -> dataDir.toString());
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("cerita.media.imaging-wait", () -> "1s");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String editor;
    private StoryFixtures stories;

    @BeforeEach
    void users(@Autowired StaffUsers users, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        editor = "media-" + UUID.randomUUID().toString().substring(0, 8);
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(editor, "Editor Media", PASSWORD, EnumSet.of(Role.WRITER, Role.EDITOR)));
        this.stories = new StoryFixtures(stories, courses, alumni);
    }

    @Test
    void refusesEveryKindOfBadFileWithAProblemDetailAndKeepsNothing() throws Exception {
        byte[] png = TestImages.redLeftBlueRight(60, 40, "png");
        assertProblem(upload("foto.jpg", "image/jpeg", png), 415, "upload-type-mismatch");
        assertProblem(upload("gambar.svg", "image/svg+xml", TestImages.svgWithScript()), 415, "upload-svg-refused");
        assertProblem(upload("potong.jpg", "image/jpeg", TestImages.truncated(TestImages.redLeftBlueRight(400, 300, "jpg"))),
                422, "upload-corrupt");
        assertProblem(upload("bom.png", "image/png", TestImages.pngBomb()), 422, "upload-too-many-pixels");
        assertProblem(upload("catatan.jpg", "image/jpeg", "bukan gambar".getBytes(StandardCharsets.UTF_8)), 415,
                "upload-unsupported-type");

        try (Stream<Path> files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> p.toString().contains("media")))
                .as("nothing kept of refused uploads").isEmpty();
        }
    }

    @Test
    void refusesAnUploadInTheCallersLanguage() throws Exception {
        byte[] png = TestImages.redLeftBlueRight(60, 40, "png");

        JsonNode indonesian = json.readTree(upload("foto.jpg", "image/jpeg", png, "id").body());
        JsonNode english = json.readTree(upload("foto.jpg", "image/jpeg", png, "en").body());

        assertThat(indonesian.get("title").asText()).isEqualTo("Isi berkas tidak sesuai jenisnya");
        assertThat(indonesian.get("detail").asText()).isEqualTo("Berkas mengaku image/jpeg, tetapi isinya image/png.");
        assertThat(english.get("title").asText()).isEqualTo("File content does not match its type");
        assertThat(english.get("detail").asText()).isEqualTo("The file claims to be image/jpeg, but it is image/png.");
        assertThat(english.get("type")).isEqualTo(indonesian.get("type"));
    }

    @Test
    void takesTwoHundredMegapixelUploadsAtOnceWithoutExhaustingTheHeap(@Autowired MediaLibrary library) throws Exception {
        byte[] light = TestImages.flatPng(10_000, 10_000, 0xC0);
        byte[] dark = TestImages.flatPng(10_000, 10_000, 0x40);

        var first = CompletableFuture.supplyAsync(() -> uploadUnchecked("terang.png", "image/png", light));
        var second = CompletableFuture.supplyAsync(() -> uploadUnchecked("gelap.png", "image/png", dark));

        for (var response : List.of(first.get(), second.get())) {
            assertThat(response.statusCode()).as(response.body()).isIn(201, 503);
            if (response.statusCode() == 201) {
                JsonNode view = json.readTree(response.body());
                assertThat(view.get("width").asInt()).isEqualTo(10_000);
                assertThat(http.send(authorized(HttpRequest.newBuilder(uri("/api/media/" + view.get("id").asText()
                        + "/files/w1920.jpg"))).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
            } else {
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(Stream.of(light, dark).filter(b -> library.findByHash(ContentHash.of(b)).isPresent()).count())
                .as("every upload that was not refused is in the library").isEqualTo(
                        Stream.of(first.get(), second.get()).filter(r -> r.statusCode() == 201).count());
    }

    @Test
    void refusesAnUploadWithNoImagingMemoryLeftWith503AndRetryAfterAndKeepsNothing(@Autowired ImagingMemory memory,
            @Autowired MediaLibrary library) throws Exception {
        byte[] photo = TestImages.redLeftBlueRight(640, 480, "jpg");
        long filesBefore = mediaFiles();

        HttpResponse<String> response = memory.within(memory.capacityBytes(), () -> uploadUnchecked("foto.jpg", "image/jpeg", photo));

        assertProblem(response, 503, "imaging-busy");
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(library.findByHash(ContentHash.of(photo))).isEmpty();
        assertThat(mediaFiles()).isEqualTo(filesBefore);
        assertThat(upload("foto.jpg", "image/jpeg", photo).statusCode()).as("accepted once memory is free").isEqualTo(201);
    }

    private long mediaFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().contains("media")).count();
        }
    }

    private HttpResponse<String> uploadUnchecked(String filename, String contentType, byte[] bytes) {
        try {
            return upload(filename, contentType, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void uploadsDescribesAndServesDerivatives() throws Exception {
        byte[] jpeg = TestImages.redLeftBlueRight(1600, 900, "jpg");

        HttpResponse<String> created = upload("donat.jpg", "image/jpeg", jpeg);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode media = json.readTree(created.body());
        String id = media.get("id").asText();
        assertThat(media.get("width").asInt()).isEqualTo(1600);
        assertThat(media.get("originalMetadata").isNull()).as("not an admin").isTrue();
        assertThat(upload("donat-lagi.jpg", "image/jpeg", jpeg).statusCode()).as("same bytes again").isEqualTo(200);

        HttpResponse<String> described = send(HttpRequest.newBuilder(uri("/api/media/" + id + "/description"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"version": %d, "altText": "Donat warna-warni di etalase", "caption": "Donat Aidoo, Jambi",
                         "credit": "Tim Komunikasi", "copyrightHolder": "Kemenko Perekonomian"}"""
                        .formatted(media.get("version").asLong()))));
        assertThat(described.statusCode()).isEqualTo(200);
        assertThat(json.readTree(described.body()).get("altText").asText()).isEqualTo("Donat warna-warni di etalase");

        HttpResponse<byte[]> square = http.send(authorized(HttpRequest.newBuilder(uri("/api/media/" + id
                + "/files/1x1.webp"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(square.statusCode()).isEqualTo(200);
        assertThat(square.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(new String(square.body(), 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");

        HttpResponse<String> badPoint = send(HttpRequest.newBuilder(uri("/api/media/" + id + "/focal-point"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"x\": 1.5, \"y\": 0.2}")));
        assertThat(badPoint.statusCode()).isEqualTo(400);
        assertThat(badPoint.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void refusesToDeleteAnImageAStoryUses(@Autowired StoryImageLinks links) throws Exception {
        Story story = stories.aDraft("Florist Sleman");
        String id = json.readTree(upload("buket.png", "image/png", TestImages.redLeftBlueRight(300, 200, "png")).body())
                .get("id").asText();
        links.chooseLead(story.id(), MediaId.of(id), editor);

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/media/" + id)).DELETE());

        assertProblem(refused, 409, "media-in-use");
        assertThat(json.readTree(refused.body()).get("usedBy").get(0).get("storyTitle").asText()).isEqualTo("Florist Sleman");
        HttpResponse<String> check = send(HttpRequest.newBuilder(uri("/api/stories/" + story.id() + "/images/publication-check")).GET());
        assertThat(json.readTree(check.body()).get(0).get("code").asText()).isEqualTo("media.alt-text-missing");
    }

    @Test
    void answersRemovingAnImageFromAStoryThatIsNotThereWith404() throws Exception {
        HttpResponse<String> removed = send(HttpRequest.newBuilder(
                uri("/api/stories/" + UUID.randomUUID() + "/images/" + UUID.randomUUID())).DELETE());

        assertThat(removed.statusCode()).isEqualTo(404);
        assertThat(removed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void showsTheOriginalsGpsAndCameraToAdministratorsOnly(@Autowired StaffUsers users) throws Exception {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(admin, "Admin Media", PASSWORD, EnumSet.of(Role.ADMIN)));
        byte[] phoneShot = withGpsAndCamera(TestImages.redLeftBlueRight(640, 480, "jpg"));
        String id = json.readTree(upload("hp.jpg", "image/jpeg", phoneShot).body()).get("id").asText();

        JsonNode asEditor = json.readTree(send(HttpRequest.newBuilder(uri("/api/media/" + id)).GET()).body());
        JsonNode asAdmin = json.readTree(http.send(HttpRequest.newBuilder(uri("/api/media/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((admin + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(asEditor.get("originalMetadata").isNull()).isTrue();
        assertThat(asAdmin.get("originalMetadata").asText()).contains("GPS Latitude", "SM-A546E");
        HttpResponse<byte[]> derivative = http.send(authorized(HttpRequest.newBuilder(uri("/api/media/" + id
                + "/files/w320.jpg"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(derivative.body(), StandardCharsets.ISO_8859_1)).doesNotContain("SM-A546E", "Exif");
    }

    @Test
    void showsJournalistsOnlyImagesOfPublishedStoriesAndNeverLetsThemManageTheLibrary(@Autowired StaffUsers users,
            @Autowired StoryImageLinks links) throws Exception {
        String journalist = "wartawan-" + UUID.randomUUID().toString().substring(0, 8);
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(journalist, "Wartawan", PASSWORD, EnumSet.of(Role.JOURNALIST)));
        String id = json.readTree(upload("pers.jpg", "image/jpeg", TestImages.redLeftBlueRight(500, 300, "jpg")).body())
                .get("id").asText();
        String asJournalist = "Basic " + Base64.getEncoder().encodeToString((journalist + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest press = HttpRequest.newBuilder(uri("/api/media/" + id + "/press.jpg"))
                .header("Authorization", asJournalist).GET().build();
        HttpRequest derivative = HttpRequest.newBuilder(uri("/api/media/" + id + "/files/w320.jpg"))
                .header("Authorization", asJournalist).GET().build();

        assertThat(http.send(press, HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .as("an image no published story uses").isEqualTo(404);
        assertThat(http.send(derivative, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(404);

        Story draft = stories.aDraft("Draf dengan foto");
        links.chooseLead(draft.id(), MediaId.of(id), editor);
        assertThat(http.send(press, HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .as("an image of a draft").isEqualTo(404);

        Story published = stories.aPublishedStory("Cerita terbit dengan foto");
        links.addToGallery(published.id(), MediaId.of(id), editor);
        assertThat(http.send(press, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
        assertThat(http.send(derivative, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);

        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(uri("/api/media/" + id))
                .header("Authorization", asJournalist).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/media/" + id)).GET()).statusCode()).as("still there").isEqualTo(200);
    }

    private static byte[] withGpsAndCamera(byte[] jpeg) throws Exception {
        var exif = new org.apache.commons.imaging.formats.tiff.write.TiffOutputSet();
        exif.getOrCreateRootDirectory().add(
                org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants.TIFF_TAG_MODEL, "SM-A546E");
        exif.setGpsInDegrees(106.8272, -6.1754);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).endsWith("/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private HttpResponse<String> upload(String filename, String contentType, byte[] bytes) throws Exception {
        return upload(filename, contentType, bytes, "id");
    }

    private HttpResponse<String> upload(String filename, String contentType, byte[] bytes, String language)
            throws Exception {
        String boundary = "----cerita" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/media")).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(authorized(request).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((editor + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
