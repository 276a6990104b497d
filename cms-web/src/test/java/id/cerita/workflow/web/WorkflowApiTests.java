package id.cerita.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.cerita.alumni.Alumni;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;
import id.cerita.user.StaffUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editorial path through the JSON API, as two different people signed in with HTTP Basic: a writer drafts, an
 * editor asks for changes, approves, publishes; a correction goes back through review; the editor unpublishes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkflowApiTests {

    static final String PASSWORD = "kata-sandi-panjang-1";

    MockMvc mvc;
    JsonMapper json;
    StoryFixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeEach
    void setUp(@Autowired MockMvc mvc, @Autowired JsonMapper json, @Autowired StaffUsers users,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        this.mvc = mvc;
        this.json = json;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
        SystemActor.run(() -> {
            for (var account : List.of(Map.entry("sari", Role.WRITER), Map.entry("budi", Role.EDITOR))) {
                if (users.find(account.getKey()).isEmpty()) {
                    users.create(account.getKey(), account.getKey(), PASSWORD, EnumSet.of(account.getValue()));
                }
            }
        });
    }

    @Test
    void takesAStoryFromDraftThroughReviewPublicationCorrectionAndUnpublicationWithTwoPeople() throws Exception {
        JsonNode draft = call("sari", post("/api/stories"), create(fixtures.content("Vita, penata rias dari Gorontalo")), 201);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");

        assertThat(step("sari", id, "submit", null, 200).get("status").asString()).isEqualTo("IN_REVIEW");
        call("sari", post("/api/stories/" + id + "/approve"), "{}", 403);
        JsonNode comment = call("budi", post("/api/stories/" + id + "/comments"),
                "{\"paragraph\":0,\"text\":\"Sebutkan tahun lulusnya\"}", 201);
        assertThat(comment.get("excerpt").asString()).startsWith("Vita lulus kuliah");
        assertThat(step("budi", id, "request-changes", "Lengkapi paragraf pertama", 200).get("status").asString())
            .isEqualTo("CHANGES_REQUESTED");

        JsonNode current = call("sari", get("/api/stories/" + id), null, 200);
        JsonNode revised = call("sari", put("/api/stories/" + id),
                save(current, current.get("body").asString().replace("saat pandemi", "pada 2020, saat pandemi")), 200);
        call("sari", post("/api/stories/" + id + "/comments/" + comment.get("id").asString() + "/resolve"), "{}", 200);
        step("sari", id, "submit", null, 200);
        assertThat(step("budi", id, "approve", null, 200).get("status").asString()).isEqualTo("APPROVED");
        JsonNode published = step("budi", id, "publish", null, 200);
        assertThat(published.get("live").asBoolean()).isTrue();
        assertThat(published.get("publishedRevision").asInt()).isEqualTo(revised.get("revision").asInt());

        JsonNode correction = call("sari", put("/api/stories/" + id),
                save(published, published.get("body").asString().replace("Ia mengikuti", "Pada 2021 ia mengikuti")), 200);
        assertThat(correction.get("status").asString()).as("a correction goes back through review").isEqualTo("DRAFT");
        assertThat(correction.get("live").asBoolean()).as("the approved text stays public meanwhile").isTrue();
        assertThat(correction.get("publishedRevision").asInt()).isEqualTo(published.get("publishedRevision").asInt());
        step("sari", id, "submit", null, 200);
        step("budi", id, "approve", null, 200);
        assertThat(step("budi", id, "publish", null, 200).get("publishedRevision").asInt())
            .isEqualTo(correction.get("revision").asInt());

        JsonNode diff = call("budi", get("/api/stories/" + id + "/revisions/compare?from=1&to="
                + correction.get("revision").asInt()), null, 200);
        assertThat(diff.get("body").get("segments").toString()).contains("\"ADDED\"", "2020", "2021");

        JsonNode down = step("budi", id, "unpublish", "Alumni meminta cerita diperbarui", 200);
        assertThat(down.get("live").asBoolean()).isFalse();
        assertThat(down.get("status").asString()).isEqualTo("UNPUBLISHED");
        assertThat(call("budi", get("/api/stories/" + id + "/revisions"), null, 200).size()).isEqualTo(3);
    }

    @Test
    void refusesApprovalOfOnesOwnStoryWithAStableCodeAndADetailInTheCallersLanguage() throws Exception {
        JsonNode draft = call("budi", post("/api/stories"), create(fixtures.content("Budi menulis tentang Gorontalo")), 201);
        String id = draft.get("id").asString();
        step("budi", id, "submit", null, 200);
        assertThat(call("budi", get("/api/stories/" + id + "/transitions"), null, 200).findValuesAsString("step"))
            .as("an editor is not offered approval of their own story").doesNotContain("approve");
        assertThat(call("sari", get("/api/stories/" + id + "/transitions"), null, 200).size()).isZero();

        MockHttpServletResponse indonesian = send("budi", post("/api/stories/" + id + "/approve"), null);
        assertThat(indonesian.getStatus()).isEqualTo(409);
        JsonNode problem = json.readTree(indonesian.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("approve.own-story");
        assertThat(problem.get("detail").asString()).isEqualTo("Penulis tidak dapat menyetujui ceritanya sendiri.");

        MockHttpServletResponse english = send("budi", post("/api/stories/" + id + "/approve")
            .header("Accept-Language", "en-GB,en;q=0.8"), null);
        JsonNode translated = json.readTree(english.getContentAsString());
        assertThat(translated.get("code").asString()).isEqualTo("approve.own-story");
        assertThat(translated.get("detail").asString()).isEqualTo("Authors cannot approve their own story.");
    }

    @Test
    void comparesEveryFieldOfTwoRevisionsNotOnlyTheText() throws Exception {
        JsonNode draft = call("sari", post("/api/stories"), create(fixtures.content("Yeni pindah ke Jambi")), 201);
        String id = draft.get("id").asString();
        Map<String, Object> moved = json.readValue(save(draft, draft.get("body").asString()), Map.class);
        moved.put("regionCode", StoryFixtures.KOTA_JAMBI);
        call("sari", put("/api/stories/" + id), json.writeValueAsString(moved), 200);

        JsonNode diff = call("budi", get("/api/stories/" + id + "/revisions/compare?from=1&to=2"), null, 200);
        assertThat(diff.get("fields").findValuesAsString("field")).containsExactly("region");
        assertThat(diff.get("fields").get(0).toString()).contains("\"REMOVED\",\"text\":\"Gorontalo,\"", "\"ADDED\",\"text\":\"Jambi,\"");
    }

    @Test
    void answersOneOfTwoSavesFromTheSameVersionWithAConflictThatCarriesTheOtherText() throws Exception {
        JsonNode draft = call("sari", post("/api/stories"), create(fixtures.content("Makbul, dari Sigi ke dunia IT")), 201);
        String id = draft.get("id").asString();

        call("sari", put("/api/stories/" + id), save(draft, "Suntingan Sari."), 200);
        MockHttpServletResponse conflict = send("budi", put("/api/stories/" + id), save(draft, "Suntingan Budi."));

        assertThat(conflict.getStatus()).isEqualTo(409);
        JsonNode problem = json.readTree(conflict.getContentAsString());
        assertThat(problem.get("current").get("body").asString()).isEqualTo("Suntingan Sari.");
        assertThat(call("sari", get("/api/stories/" + id), null, 200).get("body").asString()).isEqualTo("Suntingan Sari.");
    }

    @Test
    void schedulesInAChosenZoneAndRefusesAnEmbargoInThePast() throws Exception {
        String id = fixtures.anApprovedStory(fixtures.content("Yeni dan papan ucapan")).id().toString();
        String tomorrow = LocalDate.now().plusDays(1) + "T09:00:00";

        JsonNode scheduled = call("budi", post("/api/stories/" + id + "/schedule"),
                "{\"publishAt\":\"" + tomorrow + "\",\"zone\":\"Asia/Makassar\"}", 200);
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("scheduleZone").asString()).isEqualTo("Asia/Makassar");
        assertThat(scheduled.get("scheduledAt").asString()).isEqualTo(LocalDate.now().plusDays(1) + "T01:00:00Z");

        JsonNode refused = call("budi", post("/api/stories/" + id + "/embargo"),
                "{\"until\":\"2020-01-01T00:00:00\"}", 422);
        assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("embargo.past");
        call("sari", post("/api/stories/" + id + "/schedule"), "{\"publishAt\":\"" + tomorrow + "\"}", 403);
    }

    @Test
    void showsWhoHoldsTheEditLockAndLetsSomeoneElseTakeItOver() throws Exception {
        String id = fixtures.aDraft("Fitri dan Lavlenala").id().toString();

        assertThat(call("sari", put("/api/stories/" + id + "/lock"), null, 200).get("outcome").asString())
            .isEqualTo("acquired");
        JsonNode held = call("budi", put("/api/stories/" + id + "/lock"), null, 409);
        assertThat(held.get("holder").asString()).isEqualTo("sari");
        JsonNode taken = call("budi", put("/api/stories/" + id + "/lock?takeover=true"), null, 200);
        assertThat(taken.get("outcome").asString()).isEqualTo("taken-over");
        assertThat(taken.get("previousHolder").asString()).isEqualTo("sari");
    }

    private JsonNode step(String user, String id, String step, String reason, int status) throws Exception {
        return call(user, post("/api/stories/" + id + "/" + step),
                reason == null ? null : json.writeValueAsString(Map.of("reason", reason)), status);
    }

    private JsonNode call(String user, MockHttpServletRequestBuilder request, String body, int status)
            throws Exception {
        MockHttpServletResponse response = send(user, request, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        String content = response.getContentAsString();
        return content.isEmpty() ? json.createObjectNode() : json.readTree(content);
    }

    private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        request.with(httpBasic(user, PASSWORD)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String create(StoryContent c) {
        return json.writeValueAsString(content(c));
    }

    private String save(JsonNode story, String body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", story.get("version").asLong());
        for (String name : List.of("language", "title", "slug", "summary", "alumnusId", "regionCode", "gatheringId",
                "courseIds", "themeCodes", "quotes", "outcomes", "sources")) {
            fields.put(name, json.convertValue(story.get(name), Object.class));
        }
        fields.put("body", body);
        return json.writeValueAsString(fields);
    }

    private static Map<String, Object> content(StoryContent c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("language", c.language());
        fields.put("title", c.title());
        fields.put("summary", c.summary());
        fields.put("body", c.body());
        fields.put("alumnusId", c.alumnusId());
        fields.put("regionCode", c.regionCode());
        fields.put("courseIds", c.courseIds());
        fields.put("themeCodes", c.themeCodes());
        fields.put("quotes", c.quotes());
        fields.put("outcomes", c.outcomes());
        fields.put("sources", c.sources());
        return fields;
    }
}
