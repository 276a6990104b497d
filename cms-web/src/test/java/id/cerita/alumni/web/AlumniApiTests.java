package id.cerita.alumni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import id.cerita.audit.AuditLog;
import id.cerita.audit.AuditQuery;
import id.cerita.common.SystemActor;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alumni API as the newsroom uses it: create with the duplicate check, edit, search, merge, consent with an
 * evidence file, withdrawal; every refusal a problem detail naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AlumniApiTests {

    static final String PASSWORD = "kata-sandi-panjang-1";
    static final Path DATA = createData();

    MockMvc mvc;
    JsonMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
        registry.add("cerita.data-dir", DATA::toString);
    }

    static Path createData() {
        try {
            return Files.createTempDirectory("cerita-alumni-api");
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeEach
    void setUp(@Autowired MockMvc mvc, @Autowired JsonMapper json, @Autowired StaffUsers users) {
        this.mvc = mvc;
        this.json = json;
        SystemActor.run(() -> {
            for (var account : List.of(Map.entry("sari", Role.WRITER), Map.entry("budi", Role.EDITOR))) {
                if (users.find(account.getKey()).isEmpty()) {
                    users.create(account.getKey(), account.getKey(), PASSWORD, EnumSet.of(account.getValue()));
                }
            }
        });
    }

    @Test
    void createsEditsAndFindsAnAlumnusAndWarnsOfAPossibleDuplicateBeforeSaving() throws Exception {
        JsonNode created = call("sari", post("/api/alumni"), body("Rahmawati Lubis", "16.74", "0812-7000-1111"), 201);
        String id = created.get("id").asString();
        assertThat(created.get("phone").asString()).isEqualTo("0812-7000-1111");

        JsonNode duplicate = call("sari", post("/api/alumni"), body("  rahmawati  lubis ", "16.74", null), 409);
        assertThat(duplicate.get("type").asString()).endsWith("/possible-duplicate");
        assertThat(duplicate.get("duplicates").get(0).get("id").asString()).isEqualTo(id);
        JsonNode samePhone = call("sari", post("/api/alumni"), body("Rahma L.", "16.71", "+62 812 7000 1111"), 409);
        assertThat(samePhone.get("duplicates").get(0).get("id").asString()).isEqualTo(id);
        Map<String, Object> anyway = fields("Rahmawati Lubis", "16.74", null);
        anyway.put("confirmDuplicate", true);
        call("sari", post("/api/alumni"), json.writeValueAsString(anyway), 201);

        Map<String, Object> edit = fields("Rahmawati Lubis", "16.74", "0812-7000-1111");
        edit.put("businessName", "Florist Lubuklinggau");
        edit.put("confirmDuplicate", true);
        assertThat(call("sari", put("/api/alumni/" + id), json.writeValueAsString(edit), 200).get("businessName")
            .asString()).isEqualTo("Florist Lubuklinggau");

        JsonNode found = call("sari", get("/api/alumni?q=florist&region=16"), null, 200);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asString()).isEqualTo(id);
        assertThat(call("sari", get("/api/alumni?q=florist&region=75"), null, 200)).isEmpty();
    }

    @Test
    void answersFieldProblemsForAnInvalidAlumnusAndConsent() throws Exception {
        JsonNode invalid = call("sari", post("/api/alumni"), "{\"fullName\":\"\",\"regionCode\":\"16.74\",\"email\":\"bukan-email\"}", 400);
        assertThat(fieldsOf(invalid)).contains("fullName", "email");
        JsonNode region = call("sari", post("/api/alumni"), body("Dedi", "99.99", null), 422);
        assertThat(fieldsOf(region)).containsExactly("regionCode");

        String id = call("sari", post("/api/alumni"), body("Dedi Saputra", "15.71", null), 201).get("id").asString();
        JsonNode noScopes = call("sari", post("/api/alumni/" + id + "/consents"),
                "{\"scopes\":[],\"givenOn\":\"2024-06-05\",\"evidence\":\"Formulir 1\"}", 422);
        assertThat(fieldsOf(noScopes)).containsExactly("scopes");
        JsonNode expiry = call("sari", post("/api/alumni/" + id + "/consents"),
                "{\"scopes\":[\"NAME\"],\"givenOn\":\"2024-06-05\",\"expiresOn\":\"2024-01-01\",\"evidence\":\"F\"}", 422);
        assertThat(fieldsOf(expiry)).containsExactly("expiresOn");
    }

    @Test
    void recordsConsentWithAnUploadedFormCheckedByContentAndLetsOnlyEditorsDownloadIt(@Autowired AuditLog audit)
            throws Exception {
        String id = call("sari", post("/api/alumni"), body("Yohana Mentawai", "13.09", null), 201).get("id").asString();
        byte[] pdf = "%PDF-1.4\n% formulir persetujuan\n".getBytes(StandardCharsets.US_ASCII);
        MockMultipartFile consent = new MockMultipartFile("consent", "", MediaType.APPLICATION_JSON_VALUE,
                "{\"scopes\":[\"NAME\",\"WEBSITE\",\"PRESS\"],\"givenOn\":\"2024-06-05\",\"method\":\"SIGNED_FORM\"}"
                    .getBytes(StandardCharsets.UTF_8));

        MockHttpServletResponse fake = send("sari", multipart("/api/alumni/" + id + "/consents").file(consent)
            .file(new MockMultipartFile("evidenceFile", "formulir.pdf", "application/pdf",
                    "<html>bukan pdf</html>".getBytes(StandardCharsets.UTF_8))), null);
        assertThat(fake.getStatus()).isEqualTo(422);
        assertThat(fieldsOf(json.readTree(fake.getContentAsString()))).containsExactly("evidenceFile");

        MockHttpServletResponse saved = send("sari", multipart("/api/alumni/" + id + "/consents").file(consent)
            .file(new MockMultipartFile("evidenceFile", "formulir.pdf", "application/pdf", pdf)), null);
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(201);
        JsonNode record = json.readTree(saved.getContentAsString());
        assertThat(record.get("evidenceFile").asBoolean()).isTrue();
        String consentId = record.get("consentId").asString();
        try (Stream<Path> files = Files.walk(DATA.resolve("private/consent-evidence"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }

        String evidence = "/api/alumni/" + id + "/consents/" + consentId + "/evidence";
        assertThat(send("sari", get(evidence), null).getStatus()).isEqualTo(403);
        MockHttpServletResponse download = send("budi", get(evidence), null);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(SystemActor.call(() -> audit.search(new AuditQuery("consent.evidence-downloaded", "budi", id,
                null, null), 0, 10)).entries()).hasSize(1);
    }

    @Test
    void letsEditorsWithdrawAConsentWithAReasonAndMergeTwoRecordsOfOnePerson() throws Exception {
        String id = call("sari", post("/api/alumni"), body("Fitri Handayani", "15.71", null), 201).get("id").asString();
        String consentId = call("sari", post("/api/alumni/" + id + "/consents"),
                "{\"scopes\":[\"NAME\",\"PRESS\"],\"givenOn\":\"2024-06-05\",\"evidence\":\"Formulir JMB-7\"}", 201)
            .get("consentId").asString();
        String withdraw = "/api/alumni/" + id + "/consents/" + consentId + "/withdraw";
        call("sari", post(withdraw), "{\"reason\":\"Minta lewat telepon\"}", 403);
        JsonNode noReason = call("budi", post(withdraw), "{}", 422);
        assertThat(fieldsOf(noReason)).containsExactly("reason");
        JsonNode withdrawn = call("budi", post(withdraw), "{\"reason\":\"Minta lewat telepon\"}", 200);
        assertThat(withdrawn.get("consentedScopes")).isEmpty();
        assertThat(withdrawn.get("consents").get(0).get("withdrawalReason").asString()).isEqualTo("Minta lewat telepon");

        Map<String, Object> second = fields("Fitri H.", "15.71", null);
        String other = call("sari", post("/api/alumni"), json.writeValueAsString(second), 201).get("id").asString();
        call("sari", post("/api/alumni/" + other + "/consents"),
                "{\"scopes\":[\"PHOTO\"],\"givenOn\":\"2024-06-05\",\"evidence\":\"Formulir JMB-8\"}", 201);
        call("sari", post("/api/alumni/" + id + "/merge"), "{\"mergedId\":\"" + other + "\"}", 403);
        JsonNode merged = call("budi", post("/api/alumni/" + id + "/merge"), "{\"mergedId\":\"" + other + "\"}", 200);
        assertThat(merged.get("consents")).hasSize(2);
        assertThat(merged.get("consentedScopes").toString()).contains("PHOTO");
        assertThat(call("budi", get("/api/alumni/" + other), null, 200).get("mergedInto").asString()).isEqualTo(id);
        assertThat(call("budi", get("/api/alumni?q=fitri"), null, 200)).hasSize(1);
        JsonNode self = call("budi", post("/api/alumni/" + id + "/merge"), "{\"mergedId\":\"" + id + "\"}", 422);
        assertThat(fieldsOf(self)).containsExactly("mergedId");
    }

    private List<String> fieldsOf(JsonNode problem) {
        assertThat(problem.has("type")).as(problem.toString()).isTrue();
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private String body(String name, String region, String phone) {
        return json.writeValueAsString(fields(name, region, phone));
    }

    private static Map<String, Object> fields(String name, String region, String phone) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("fullName", name);
        fields.put("regionCode", region);
        fields.put("cohort", 7);
        if (phone != null) {
            fields.put("phone", phone);
        }
        return fields;
    }

    private JsonNode call(String user, AbstractMockHttpServletRequestBuilder<?> request, String body, int status)
            throws Exception {
        MockHttpServletResponse response = send(user, request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        String content = response.getContentAsString();
        return content.isEmpty() ? json.createObjectNode() : json.readTree(content);
    }

    private MockHttpServletResponse send(String user, AbstractMockHttpServletRequestBuilder<?> request, String body)
            throws Exception {
        request.with(httpBasic(user, PASSWORD)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
