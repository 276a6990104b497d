package id.cerita.course.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/**
 * Courses, providers, gatherings and themes over real HTTP with HTTP Basic: create, edit and archive, problem details
 * that name the field, the archive rule for new stories, and an audit entry for every change. Run on H2 and on
 * PostgreSQL by the two subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReferenceDataApiIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String PASSWORD = "kata-sandi-uji-12";

    private RestClient writer;
    private RestClient editor;
    private RestClient admin;
    private RestClient journalist;
    private JdbcClient jdbc;
    private StoryFixtures fixtures;

    @BeforeEach
    void setUp(@LocalServerPort int port, @Autowired StaffUsers users, @Autowired JdbcClient jdbc,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        if (users.find("sari").isEmpty()) {
            SystemActor.run(() -> {
                users.create("sari", "Sari Penulis", PASSWORD, EnumSet.of(Role.WRITER));
                users.create("budi", "Budi Editor", PASSWORD, EnumSet.of(Role.EDITOR));
                users.create("rudi", "Rudi Admin", PASSWORD, EnumSet.of(Role.ADMIN));
                users.create("jurnalis", "Jurnalis", PASSWORD, EnumSet.of(Role.JOURNALIST));
            });
        }
        String base = "http://127.0.0.1:" + port;
        this.writer = client(base, "sari");
        this.editor = client(base, "budi");
        this.admin = client(base, "rudi");
        this.journalist = client(base, "jurnalis");
        this.jdbc = jdbc;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    @Test
    void letsAWriterRegisterAndCorrectAProviderAndRecordsBothInTheAuditLog() {
        ResponseEntity<Map<String, Object>> created = writer.post().uri("/api/providers")
            .body(Map.of("name", "LPK Rias Cantik Gorontalo", "city", "Gorontalo", "website", "https://rias.example"))
            .retrieve().toEntity(JSON);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getBody()).containsEntry("slug", "lpk-rias-cantik-gorontalo").containsEntry("city", "Gorontalo")
            .containsEntry("archived", false);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/providers/" + id);

        Map<String, Object> revised = writer.put().uri("/api/providers/{id}", id)
            .body(Map.of("name", "LPK Rias Cantik", "city", "Kota Gorontalo")).retrieve().body(JSON);
        assertThat(revised).containsEntry("name", "LPK Rias Cantik").containsEntry("city", "Kota Gorontalo")
            .containsEntry("slug", "lpk-rias-cantik-gorontalo");

        assertThat(auditActions(id)).containsExactlyInAnyOrder("provider.registered by sari", "provider.revised by sari");
    }

    @Test
    void rejectsAProviderWithoutANameAndABadWebsiteFieldByField() {
        ResponseEntity<Map<String, Object>> answer = writer.post().uri("/api/providers")
            .body(Map.of("name", " ", "website", "rias.example")).retrieve().toEntity(JSON);
        assertProblem(answer, 400, "name");
        assertThat(errors(answer)).extracting(e -> e.get("field")).contains("website");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void rejectsACourseWithoutATitleOrWithAnUnknownProvider() {
        String provider = provider("Lembaga Uji Judul");
        Map<String, Object> noTitle = course(null, provider);
        assertProblem(writer.post().uri("/api/courses").body(noTitle).retrieve().toEntity(JSON), 400, "title");

        ResponseEntity<Map<String, Object>> unknown = writer.post().uri("/api/courses")
            .body(course("Tata Rias Pengantin", UUID.randomUUID().toString())).retrieve().toEntity(JSON);
        assertProblem(unknown, 422, "providerId");
        assertThat(errors(unknown).getFirst()).containsEntry("code", "provider.unknown");

        ResponseEntity<Map<String, Object>> badTheme = writer.post().uri("/api/courses")
            .body(Map.of("title", "Tata Rias", "themeCode", "tidak-ada", "skillType", "HARD", "delivery", "ONLINE",
                    "providerId", provider))
            .retrieve().toEntity(JSON);
        assertProblem(badTheme, 422, "themeCode");
    }

    @Test
    void archivesACourseSoThatNewStoriesCannotNameItButOldOnesKeepIt() {
        String provider = provider("Lembaga Arsip");
        Map<String, Object> created = writer.post().uri("/api/courses").body(course("Merias Wajah Dasar", provider))
            .retrieve().body(JSON);
        String courseId = (String) created.get("id");
        AlumnusId alumnus = fixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class));
        String storyId = (String) writer.post().uri("/api/stories").body(story("Cerita lama dengan pelatihan", alumnus, courseId))
            .retrieve().body(JSON).get("id");

        ResponseEntity<Map<String, Object>> byWriter = writer.post().uri("/api/courses/{id}/archive", courseId)
            .retrieve().toEntity(JSON);
        assertThat(byWriter.getStatusCode().value()).as("writers do not archive").isEqualTo(403);
        Map<String, Object> archived = editor.post().uri("/api/courses/{id}/archive", courseId).retrieve().body(JSON);
        assertThat(archived).containsEntry("archived", true);
        ResponseEntity<Map<String, Object>> again = editor.post().uri("/api/courses/{id}/archive", courseId)
            .retrieve().toEntity(JSON);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("code", "course.archived");

        assertThat(ids(writer.get().uri("/api/courses").retrieve().body(JSON_LIST))).doesNotContain(courseId);
        assertThat(ids(writer.get().uri("/api/courses?includeArchived=true").retrieve().body(JSON_LIST))).contains(courseId);

        ResponseEntity<Map<String, Object>> newStory = writer.post().uri("/api/stories")
            .body(story("Cerita baru dengan pelatihan arsip", alumnus, courseId)).retrieve().toEntity(JSON);
        assertProblem(newStory, 422, "courseIds");
        assertThat(errors(newStory).getFirst()).containsEntry("code", "course.archived")
            .containsEntry("message", "Pelatihan ini sudah diarsipkan: Merias Wajah Dasar.");
        ResponseEntity<Map<String, Object>> inEnglish = writer.post().uri("/api/stories").header("Accept-Language", "en")
            .body(story("Cerita baru dengan pelatihan arsip", alumnus, courseId)).retrieve().toEntity(JSON);
        assertThat(errors(inEnglish).getFirst()).as("the refusal in the client's language, naming the course")
            .containsEntry("message", "This course has been archived: Merias Wajah Dasar.");

        Map<String, Object> old = writer.get().uri("/api/stories/{id}", storyId).retrieve().body(JSON);
        Map<String, Object> resave = story("Cerita lama dengan pelatihan, disunting", alumnus, courseId);
        resave.put("version", old.get("version"));
        ResponseEntity<Map<String, Object>> saved = writer.put().uri("/api/stories/{id}", storyId).body(resave)
            .retrieve().toEntity(JSON);
        assertThat(saved.getStatusCode().value()).as("an old story keeps its archived course").isEqualTo(200);

        Map<String, Object> restored = admin.post().uri("/api/courses/{id}/restore", courseId).retrieve().body(JSON);
        assertThat(restored).containsEntry("archived", false);
        assertThat(auditActions(courseId)).contains("course.offered by sari", "course.archived by budi",
                "course.restored by rudi");
    }

    @Test
    void refusesANewCourseForAnArchivedProvider() {
        String provider = provider("Lembaga Tutup");
        editor.post().uri("/api/providers/{id}/archive", provider).retrieve().toBodilessEntity();
        assertThat(ids(writer.get().uri("/api/providers").retrieve().body(JSON_LIST))).doesNotContain(provider);
        ResponseEntity<Map<String, Object>> answer = writer.post().uri("/api/courses").body(course("Kursus Baru", provider))
            .retrieve().toEntity(JSON);
        assertProblem(answer, 422, "providerId");
        assertThat(errors(answer).getFirst()).containsEntry("code", "provider.archived");
    }

    @Test
    void plansEditsAndArchivesAGatheringInARegencyFromTheRegionData() {
        ResponseEntity<Map<String, Object>> created = writer.post().uri("/api/gatherings")
            .body(Map.of("regionCode", "75.71", "heldOn", "2024-06-05", "place", "Aula Kantor Wali Kota",
                    "notes", "Dua puluh alumni hadir"))
            .retrieve().toEntity(JSON);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getBody()).containsEntry("name", "Temu Alumni Kota Gorontalo 2024")
            .containsEntry("notes", "Dua puluh alumni hadir");

        Map<String, Object> revised = writer.put().uri("/api/gatherings/{id}", id)
            .body(Map.of("name", "Temu Alumni Prakerja Gorontalo", "regionCode", "75.71", "heldOn", "2024-06-06"))
            .retrieve().body(JSON);
        assertThat(revised).containsEntry("heldOn", "2024-06-06").containsEntry("name", "Temu Alumni Prakerja Gorontalo");

        assertProblem(writer.post().uri("/api/gatherings").body(Map.of("regionCode", "75", "heldOn", "2024-06-05"))
            .retrieve().toEntity(JSON), 422, "regionCode");
        assertProblem(writer.post().uri("/api/gatherings").body(Map.of("regionCode", "75.71")).retrieve().toEntity(JSON),
                400, "heldOn");

        editor.post().uri("/api/gatherings/{id}/archive", id).retrieve().toBodilessEntity();
        assertThat(ids(writer.get().uri("/api/gatherings").retrieve().body(JSON_LIST))).doesNotContain(id);
        assertThat(ids(writer.get().uri("/api/gatherings?includeArchived=true").retrieve().body(JSON_LIST))).contains(id);
        assertThat(auditActions(id)).contains("gathering.planned by sari", "gathering.revised by sari",
                "gathering.archived by budi");
    }

    @Test
    void letsOnlyAdministratorsAddThemesAndListsANarrowerOneAfterItsParent() {
        Map<String, Object> theme = Map.of("parentCode", "kuliner", "nameId", "Minuman Kekinian", "nameEn", "Trendy Drinks");
        assertThat(editor.post().uri("/api/themes").body(theme).retrieve().toEntity(JSON).getStatusCode().value())
            .isEqualTo(403);
        ResponseEntity<Map<String, Object>> added = admin.post().uri("/api/themes").body(theme).retrieve().toEntity(JSON);
        assertThat(added.getStatusCode().value()).isEqualTo(201);
        assertThat(added.getBody()).containsEntry("code", "minuman-kekinian").containsEntry("parentCode", "kuliner");

        List<String> codes = ids(journalist.get().uri("/api/themes").retrieve().body(JSON_LIST), "code");
        assertThat(codes.indexOf("minuman-kekinian")).isGreaterThan(codes.indexOf("kuliner"))
            .isLessThan(codes.indexOf("kecantikan"));
        assertProblem(admin.post().uri("/api/themes").body(Map.of("nameId", "", "nameEn", "")).retrieve().toEntity(JSON),
                400, "nameId");
        assertProblem(admin.post().uri("/api/themes").body(Map.of("parentCode", "tidak-ada", "nameId", "A", "nameEn", "A"))
            .retrieve().toEntity(JSON), 422, "parentCode");
        assertThat(auditActions("minuman-kekinian")).containsExactly("theme.added by rudi");
    }

    @Test
    void refusesChangesFromJournalists() {
        assertThat(journalist.post().uri("/api/providers").body(Map.of("name", "Lembaga Jurnalis")).retrieve()
            .toEntity(JSON).getStatusCode().value()).isEqualTo(403);
    }

    private String provider(String name) {
        return (String) writer.post().uri("/api/providers").body(Map.of("name", name)).retrieve().body(JSON).get("id");
    }

    private static Map<String, Object> course(String title, String providerId) {
        Map<String, Object> course = new HashMap<>();
        course.put("title", title);
        course.put("themeCode", "tata-rias");
        course.put("skillType", "HARD");
        course.put("delivery", "OFFLINE");
        course.put("providerId", providerId);
        return course;
    }

    private static Map<String, Object> story(String title, AlumnusId alumnus, String courseId) {
        Map<String, Object> story = new HashMap<>();
        story.put("language", "ID");
        story.put("title", title);
        story.put("summary", "Ringkasan cerita uji.");
        story.put("body", "Isi cerita uji.");
        story.put("regionCode", "75.71");
        story.put("alumnusId", alumnus);
        story.put("courseIds", List.of(courseId));
        return story;
    }

    private List<String> auditActions(String subjectId) {
        return jdbc.sql("SELECT action || ' by ' || actor FROM audit_entry WHERE subject_id = ?").param(subjectId)
            .query(String.class).list();
    }

    private static List<String> ids(List<Map<String, Object>> list) {
        return ids(list, "id");
    }

    private static List<String> ids(List<Map<String, Object>> list, String key) {
        return list.stream().map(m -> (String) m.get(key)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> answer) {
        return (List<Map<String, Object>>) answer.getBody().get("errors");
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> answer, int status, String field) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getBody()).containsEntry("status", status).containsKeys("type", "title", "detail");
        assertThat(errors(answer)).extracting(e -> e.get("field")).contains(field);
        assertThat(errors(answer)).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
    }

    private static RestClient client(String base, String username) {
        return RestClient.builder().baseUrl(base)
            .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE + ", application/problem+json")
            .defaultStatusHandler(status -> true, (request, response) -> {
            })
            .defaultHeaders(h -> h.setBasicAuth(username, PASSWORD))
            .build();
    }
}
