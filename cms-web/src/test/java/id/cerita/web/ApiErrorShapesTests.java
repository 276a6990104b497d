package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;

/** Every error of the API, whoever raises it (Spring Security, the multipart parser, Spring MVC, Jackson), as RFC 9457. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorShapesTests {

    private static final String PASSWORD = "rahasia-sekali-2024";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("server.address", () -> "127.0.0.1");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String writer;
    private String journalist;

    @BeforeEach
    void users(@Autowired StaffUsers users) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        writer = "penulis-" + suffix;
        journalist = "jurnalis-" + suffix;
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(writer, "Penulis", PASSWORD,
                EnumSet.of(Role.WRITER, Role.EDITOR)));
        StoryFixtures.as(StoryFixtures.ADMIN, Role.ADMIN, () -> users.create(journalist, "Jurnalis", PASSWORD,
                EnumSet.of(Role.JOURNALIST)));
    }

    @Test
    void answersAnUploadOverTheLimitWith413ProblemDetail() throws Exception {
        String boundary = "----cerita";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 41 * 1024 * 1024];
        System.arraycopy(head, 0, body, 0, head.length);

        HttpResponse<String> response = send(writer, HttpRequest.newBuilder(uri("/api/media"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        JsonNode problem = assertProblem(response, 413);
        assertThat(problem.get("type").asText()).endsWith("/upload-too-large");
        assertThat(problem.get("detail").asText()).contains("30");
    }

    @Test
    void answersJsonSentToTheUploadWith415ProblemDetail() throws Exception {
        HttpResponse<String> response = send(writer, HttpRequest.newBuilder(uri("/api/media"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 415);
    }

    @Test
    void answersMissingAndWrongCredentialsWith401ProblemDetail() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/stories")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(uri("/api/stories"))
                .header("Authorization", basic(writer, "salah-sandi-sekali")).GET().build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : java.util.List.of(anonymous, wrongPassword)) {
            assertProblem(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
    }

    @Test
    void answersAForbiddenRouteWith403ProblemDetail() throws Exception {
        HttpResponse<String> response = send(journalist, HttpRequest.newBuilder(uri("/api/alumni")).GET());

        assertProblem(response, 403);
    }

    @Test
    void answersUnknownRoutesAndWrongMethodsWith404And405ProblemDetails() throws Exception {
        assertProblem(send(writer, HttpRequest.newBuilder(uri("/api/tidak-ada")).GET()), 404);
        HttpResponse<String> wrongMethod = send(writer, HttpRequest.newBuilder(uri("/api/media")).DELETE());
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void namesTheFieldOfAWrongEnumUuidOrDate() throws Exception {
        JsonNode language = assertProblem(createStory("{\"language\": \"KLINGON\", \"title\": \"Judul\"}"), 400);
        assertThat(language.get("errors").get(0).get("field").asText()).isEqualTo("language");
        assertThat(language.get("errors").get(0).get("message").asText()).contains("ID", "EN");

        JsonNode alumnus = assertProblem(createStory("{\"language\": \"ID\", \"alumnusId\": \"bukan-uuid\"}"), 400);
        assertThat(alumnus.get("errors").get(0).get("field").asText()).isEqualTo("alumnusId");

        JsonNode date = assertProblem(createStory("{\"language\": \"ID\", \"sources\": [{\"outlet\": \"Kompas\", "
                + "\"title\": \"Berita\", \"publishedOn\": \"kemarin\"}]}"), 400);
        assertThat(date.get("errors").get(0).get("field").asText()).isEqualTo("sources[0].publishedOn");

        JsonNode broken = assertProblem(createStory("{\"language\": "), 400);
        assertThat(broken.get("detail").asText()).isNotBlank();
    }

    private HttpResponse<String> createStory(String body) throws Exception {
        return send(writer, HttpRequest.newBuilder(uri("/api/stories")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("https://cerita.id/problems/");
        assertThat(problem.get("title").asText()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", basic(user, PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
