package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.course.Courses;
import id.cerita.revision.Revisions;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFilter;
import id.cerita.story.StoryFixtures;
import id.cerita.story.StoryListing;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * The story API over real HTTP on a random port, with HTTP Basic like any API client; run on H2 and on PostgreSQL by
 * the two subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StoryApiIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String PASSWORD = "kata-sandi-uji-12";

    private RestClient writer;
    private RestClient editor;
    private RestClient anonymous;
    private StoryListing listing;
    private Revisions revisions;
    private StoryFixtures fixtures;

    @BeforeEach
    void setUp(@LocalServerPort int port, @Autowired StaffUsers users, @Autowired StoryListing listing,
            @Autowired Revisions revisions, @Autowired Stories stories, @Autowired Courses courses,
            @Autowired Alumni alumni) {
        if (users.find("sari").isEmpty()) {
            SystemActor.run(() -> {
                users.create("sari", "Sari Penulis", PASSWORD, EnumSet.of(Role.WRITER));
                users.create("budi", "Budi Editor", PASSWORD, EnumSet.of(Role.EDITOR));
            });
        }
        String base = "http://127.0.0.1:" + port;
        this.writer = client(base, "sari");
        this.editor = client(base, "budi");
        this.anonymous = client(base, null);
        this.listing = listing;
        this.revisions = revisions;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    @Test
    void createsReadsAndListsAStoryWithEverythingItNames() {
        CourseId courseId = fixtures.aCourse("pemasaran-digital").id();
        AlumnusId alumnusId = fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class));
        Map<String, Object> command = story("Vita membuka jasa rias di Gorontalo");
        command.put("alumnusId", alumnusId);
        command.put("courseIds", List.of(courseId));
        command.put("themeCodes", List.of("tata-rias"));
        command.put("quotes", List.of(Map.of("text", "Saya belajar dari nol.", "speaker", "Vita")));
        command.put("outcomes", List.of(Map.of("kind", "MONTHLY_REVENUE", "description", "Omzet per bulan",
                "amount", 10_000_000, "source", "Wawancara temu alumni")));
        command.put("sources", List.of(Map.of("outlet", "Gema Sulawesi", "title", "Temu alumni Gorontalo",
                "url", "https://example.org/berita", "publishedOn", "2024-06-05")));

        ResponseEntity<Map<String, Object>> created = writer.post().uri("/api/stories").body(command).retrieve()
            .toEntity(JSON);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/stories/" + id);

        Map<String, Object> read = writer.get().uri("/api/stories/{id}", id).retrieve().body(JSON);
        assertThat(read).containsEntry("title", "Vita membuka jasa rias di Gorontalo")
            .containsEntry("slug", "vita-membuka-jasa-rias-di-gorontalo").containsEntry("regionCode", "75.71")
            .containsEntry("status", "DRAFT").containsEntry("version", 0).containsEntry("author", "sari")
            .containsEntry("alumnusId", alumnusId.toString());
        assertThat(list(read.get("courseIds"))).containsExactly(courseId.toString());
        assertThat(pluck(read.get("outcomes"), "amount")).containsExactly(10_000_000);
        assertThat(pluck(read.get("sources"), "publishedOn")).containsExactly("2024-06-05");

        Map<String, Object> page = writer.get().uri("/api/stories?region=75&status=DRAFT&q=jasa rias&size=5")
            .retrieve().body(JSON);
        assertThat(pluck(page.get("items"), "id")).contains(id);
        assertThat(page).containsEntry("size", 5);
        Map<String, Object> elsewhere = writer.get().uri("/api/stories?region=15").retrieve().body(JSON);
        assertThat(pluck(elsewhere.get("items"), "id")).doesNotContain(id);
    }

    @Test
    void rejectsAMissingTitleFieldByFieldAndSavesNothing() {
        long before = total();
        Map<String, Object> command = story(null);
        ResponseEntity<Map<String, Object>> answer = writer.post().uri("/api/stories").body(command).retrieve()
            .toEntity(JSON);
        assertProblem(answer, 400, "title");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownRegionCodeAndSavesNothing() {
        long before = total();
        Map<String, Object> command = story("Cerita dari wilayah yang tidak ada");
        command.put("regionCode", "99.99");
        assertProblem(writer.post().uri("/api/stories").body(command).retrieve().toEntity(JSON), 422, "regionCode");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void rejectsASlugAlreadyTakenAndSavesNothing() {
        Map<String, Object> first = story("Donat Hujaipah di Jambi");
        first.put("slug", "donat-hujaipah");
        assertThat(writer.post().uri("/api/stories").body(first).retrieve().toEntity(JSON).getStatusCode().value())
            .isEqualTo(201);
        long before = total();
        Map<String, Object> second = story("Cerita lain dengan slug yang sama");
        second.put("slug", "donat-hujaipah");
        ResponseEntity<Map<String, Object>> answer = writer.post().uri("/api/stories").body(second).retrieve()
            .toEntity(JSON);
        assertProblem(answer, 422, "slug");
        assertThat(errors(answer).getFirst()).containsEntry("code", "slug.taken");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void rejectsABodyOverTheSizeLimitAndSavesNothing() {
        long before = total();
        Map<String, Object> command = story("Cerita yang terlalu panjang");
        command.put("body", "a".repeat(StoryContent.MAX_BODY + 1));
        assertProblem(writer.post().uri("/api/stories").body(command).retrieve().toEntity(JSON), 400, "body");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void rejectsControlCharactersAndOverlongListsFieldByFieldAndSavesNothing() {
        long before = total();
        Map<String, Object> nul = story("Judul\u0000dengan NUL");
        Map<String, Object> flood = story("Cerita dengan dua ribu kutipan");
        flood.put("quotes", java.util.Collections.nCopies(2_000, Map.of("text", "x".repeat(2_000), "speaker", "Vita")));

        assertProblem(writer.post().uri("/api/stories").body(nul).retrieve().toEntity(JSON), 400, "title");
        assertProblem(writer.post().uri("/api/stories").body(flood).retrieve().toEntity(JSON), 400, "quotes");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void answersTheSecondOfTwoSavesFromTheSameVersionWithAConflictAndLosesNeitherEdit() {
        String id = (String) writer.post().uri("/api/stories").body(story("Yeni menyewakan papan di Tanjung Jabung Barat"))
            .retrieve().body(JSON).get("id");

        Map<String, Object> sarisEdit = save(0, "Suntingan Sari: papan selancar dan papan dayung.");
        Map<String, Object> budisEdit = save(0, "Suntingan Budi: usaha sewa papan sejak 2022.");
        ResponseEntity<Map<String, Object>> first = writer.put().uri("/api/stories/{id}", id).body(sarisEdit)
            .retrieve().toEntity(JSON);
        ResponseEntity<Map<String, Object>> second = editor.put().uri("/api/stories/{id}", id).body(budisEdit)
            .retrieve().toEntity(JSON);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody()).containsEntry("version", 1);
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody()).containsEntry("currentVersion", 1).containsEntry("yourVersion", 0)
            .containsEntry("lastEditor", "sari");
        assertThat(map(second.getBody().get("current")))
            .containsEntry("body", "Suntingan Sari: papan selancar dan papan dayung.");
        assertThat(writer.get().uri("/api/stories/{id}", id).retrieve().body(JSON))
            .containsEntry("body", "Suntingan Sari: papan selancar dan papan dayung.");

        // Budi has seen Sari's text in the 409 and saves on top of it, knowingly.
        ResponseEntity<Map<String, Object>> retry = editor.put().uri("/api/stories/{id}", id)
            .body(save(1, "Suntingan Budi: usaha sewa papan sejak 2022.")).retrieve().toEntity(JSON);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        StoryId storyId = StoryId.of(id);
        assertThat(SystemActor.call(() -> revisions.history(storyId))).hasSize(3);
        assertThat(revisions.get(storyId, 2).body()).isEqualTo("Suntingan Sari: papan selancar dan papan dayung.");
        assertThat(revisions.get(storyId, 3).body()).isEqualTo("Suntingan Budi: usaha sewa papan sejak 2022.");
    }

    @Test
    void requiresTheVersionOnSave() {
        String id = (String) writer.post().uri("/api/stories").body(story("Amir dan rumah makannya di Aceh"))
            .retrieve().body(JSON).get("id");
        Map<String, Object> command = save(0, "Tanpa versi");
        command.remove("version");
        assertProblem(writer.put().uri("/api/stories/{id}", id).body(command).retrieve().toEntity(JSON), 422, "version");
    }

    @Test
    void takesAStoryThroughReviewToPublicationWithFourEyes() {
        String id = (String) writer.post().uri("/api/stories").body(story("Fitri dan toko bunganya di Lubuklinggau"))
            .retrieve().body(JSON).get("id");
        assertThat(writer.post().uri("/api/stories/{id}/submit", id).retrieve().body(JSON)).containsEntry("status", "IN_REVIEW");

        ResponseEntity<Map<String, Object>> own = writer.post().uri("/api/stories/{id}/approve", id).retrieve().toEntity(JSON);
        assertThat(own.getStatusCode().value()).as("a writer may not approve at all").isEqualTo(403);

        assertThat(editor.post().uri("/api/stories/{id}/request-changes", id).body(Map.of("reason", "Tambahkan kutipan"))
            .retrieve().body(JSON)).containsEntry("status", "CHANGES_REQUESTED");
        writer.post().uri("/api/stories/{id}/submit", id).retrieve().body(JSON);
        assertThat(editor.post().uri("/api/stories/{id}/approve", id).retrieve().body(JSON)).containsEntry("status", "APPROVED");
        assertThat(editor.post().uri("/api/stories/{id}/publish", id).retrieve().body(JSON))
            .containsEntry("status", "PUBLISHED").containsEntry("live", true);
        assertThat(editor.post().uri("/api/stories/{id}/unpublish", id).body(Map.of("reason", "Permintaan alumni"))
            .retrieve().body(JSON)).containsEntry("live", false);
    }

    @Test
    void servesTheReferenceData() {
        fixtures.aCourse("kue-dan-roti");
        fixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME));
        assertThat(writer.get().uri("/api/regions").retrieve().body(JSON_LIST)).hasSize(38);
        assertThat(writer.get().uri("/api/regions/13/regencies").retrieve().body(JSON_LIST))
            .anySatisfy(r -> assertThat(r).containsEntry("code", "13.09").containsEntry("tertinggal", true));
        assertThat(writer.get().uri("/api/themes").retrieve().body(JSON_LIST))
            .anySatisfy(t -> assertThat(t).containsEntry("code", "kue-dan-roti").containsEntry("parentCode", "kuliner"));
        assertThat(writer.get().uri("/api/courses").retrieve().body(JSON_LIST))
            .anySatisfy(c -> assertThat(c).containsEntry("themeCode", "kue-dan-roti"));
        assertThat(writer.get().uri("/api/providers").retrieve().body(JSON_LIST))
            .anySatisfy(p -> assertThat(list(p.get("courses"))).isNotEmpty());
        assertThat(writer.get().uri("/api/alumni").retrieve().body(JSON_LIST))
            .anySatisfy(a -> assertThat(list(a.get("consentedScopes"))).contains("NAME"));
        assertThat(writer.get().uri("/api/gatherings").retrieve().toEntity(JSON_LIST).getStatusCode().value()).isEqualTo(200);
        assertThat(writer.get().uri("/api/regions/99/regencies").retrieve().toEntity(JSON).getStatusCode().value())
            .isEqualTo(404);
    }

    @Test
    void documentsTheApiAndAsksStrangersForCredentials() {
        Map<String, Object> openApi = anonymous.get().uri("/api/openapi").retrieve().body(JSON);
        assertThat(map(openApi.get("paths"))).containsKeys("/api/stories", "/api/stories/{id}",
                "/api/regions", "/api/themes");
        assertThat(anonymous.get().uri("/api/stories").retrieve().toEntity(String.class).getStatusCode().value())
            .isEqualTo(401);
    }

    private Map<String, Object> save(long version, String body) {
        Map<String, Object> command = story("Yeni menyewakan papan di Tanjung Jabung Barat");
        command.put("version", version);
        command.put("body", body);
        return command;
    }

    private static Map<String, Object> story(String title) {
        Map<String, Object> command = new HashMap<>();
        command.put("language", "ID");
        command.put("title", title);
        command.put("summary", "Ringkasan cerita alumni.");
        command.put("body", "Isi cerita dengan **Markdown**.");
        command.put("regionCode", "75.71");
        return command;
    }

    private long total() {
        return listing.page(StoryFilter.none(), 0, 1).total();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    private static List<Object> pluck(Object json, String key) {
        return list(json).stream().map(item -> map(item).get(key)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> answer) {
        return (List<Map<String, Object>>) answer.getBody().get("errors");
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> answer, int status, String field) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getBody()).containsEntry("status", status).containsKeys("type", "title", "detail");
        assertThat(errors(answer)).extracting(e -> e.get("field")).contains(field);
        assertThat(errors(answer)).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
    }

    private static RestClient client(String base, String username) {
        RestClient.Builder builder = RestClient.builder().baseUrl(base)
            .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE + ", application/problem+json")
            .defaultStatusHandler(status -> true, (request, response) -> {
            });
        if (username != null) {
            builder.defaultHeaders(h -> h.setBasicAuth(username, PASSWORD));
        }
        return builder.build();
    }
}
