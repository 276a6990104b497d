package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.review.ReviewComments;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;
import id.cerita.user.Role;

/**
 * Every endpoint the application registers, asked by every role and by nobody, answers as this table says. The table
 * is the specification: an endpoint without a row fails the build, and so does a row for an endpoint that is gone.
 * "Allowed" means the request got past security (any answer but 401, 403 or the sign-in page); what it then does
 * is other tests' business.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

    enum Who { ANONYMOUS, WRITER, EDITOR, ADMIN, JOURNALIST }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(Who.WRITER, Who.EDITOR, Who.ADMIN, Who.JOURNALIST);
    static final Set<Who> STAFF = EnumSet.of(Who.WRITER, Who.EDITOR, Who.ADMIN);
    static final Set<Who> AUTHORS = EnumSet.of(Who.WRITER, Who.EDITOR);
    static final Set<Who> EDITORS = EnumSet.of(Who.EDITOR);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    static final Set<Who> PRESS = EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST);

    /** "METHOD pattern" -> who gets through. */
    static final Map<String, Set<Who>> MATRIX = Map.ofEntries(
            // Media, search, press and site rows record what those features' own security does (their owners tested it)
            Map.entry("DELETE /api/media/{id}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("DELETE /api/stories/{storyId}/images/{mediaId}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /admin/press-settings", EnumSet.of(Who.ADMIN)),
            Map.entry("GET /api/admin/search/rebuild", EnumSet.of(Who.ADMIN)),
            Map.entry("GET /api/admin/search/status", EnumSet.of(Who.ADMIN)),
            Map.entry("GET /api/admin/system", EnumSet.of(Who.ADMIN)),
            Map.entry("GET /api/media", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /api/media/{id}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /api/media/{id}/files/{name}.{ext}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /api/media/{id}/original", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /api/media/{id}/press.jpg", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /api/search/stories", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /api/search/stories/{id}/related", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /api/search/suggest", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /api/site/exports/progress", EnumSet.of(Who.ADMIN, Who.EDITOR)),
            Map.entry("GET /api/stories/{id}/press-kit", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST)),
            Map.entry("GET /api/stories/{storyId}/images", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /api/stories/{storyId}/images/publication-check", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /media", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /media/upload", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /media/{id}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /media/{id}/files/{name}.{ext}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /media/{id}/original", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /media/{id}/press.jpg", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /press", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST)),
            Map.entry("GET /press/stories/{slug}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST)),
            Map.entry("GET /press/stories/{slug}/press-kit", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST)),
            Map.entry("GET /search", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /search/suggest", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("GET /site", EnumSet.of(Who.ADMIN, Who.EDITOR)),
            Map.entry("GET /site/progress", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /site/previews", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /site/preview/{build}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("GET /site/preview/{build}/**", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /admin/press-settings", EnumSet.of(Who.ADMIN)),
            Map.entry("POST /api/admin/search/rebuild", EnumSet.of(Who.ADMIN)),
            Map.entry("POST /api/admin/search/synonyms", EnumSet.of(Who.ADMIN)),
            Map.entry("POST /api/media", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("POST /api/site/exports", EnumSet.of(Who.ADMIN, Who.EDITOR)),
            Map.entry("POST /api/stories/{storyId}/images/gallery", EnumSet.of(Who.EDITOR, Who.WRITER)),
            Map.entry("POST /media/upload", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /media/{id}", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /media/{id}/attach", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /media/{id}/delete", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /media/{id}/detach", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /media/{id}/focal-point", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.WRITER)),
            Map.entry("POST /site/exports", EnumSet.of(Who.ADMIN, Who.EDITOR)),
            Map.entry("PUT /api/media/{id}/description", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("PUT /api/media/{id}/focal-point", EnumSet.of(Who.ADMIN, Who.EDITOR, Who.JOURNALIST, Who.WRITER)),
            Map.entry("PUT /api/stories/{storyId}/images/lead", EnumSet.of(Who.EDITOR, Who.WRITER)),
            // framework
            Map.entry("GET /error", EVERYONE),
            Map.entry("GET /api/openapi", EVERYONE),
            Map.entry("GET /api/openapi.yaml", EVERYONE),
            Map.entry("GET /api/openapi/swagger-config", EVERYONE),
            Map.entry("GET /api/docs", EVERYONE),
            Map.entry("GET /login", EVERYONE),
            // staff UI
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /stories", STAFF),
            Map.entry("GET /stories/new", STAFF),
            Map.entry("GET /stories/{id}", STAFF),
            Map.entry("POST /stories", AUTHORS),
            Map.entry("POST /stories/{id}", AUTHORS),
            Map.entry("POST /stories/{id}/{step:submit|approve|request-changes|publish|unpublish}", AUTHORS),
            Map.entry("POST /stories/preview", AUTHORS),
            Map.entry("GET /courses", STAFF),
            Map.entry("GET /providers", STAFF),
            Map.entry("GET /regions", STAFF),
            Map.entry("GET /regions/{code:\\d{2}}", STAFF),
            Map.entry("GET /ui/regions/{code:\\d{2}}", STAFF),
            // story and reference data API
            Map.entry("GET /api/stories", STAFF),
            Map.entry("POST /api/stories", AUTHORS),
            Map.entry("GET /api/stories/{id}", STAFF),
            Map.entry("PUT /api/stories/{id}", AUTHORS),
            Map.entry("POST /api/stories/{id}/{step:submit|approve|request-changes|publish|unpublish}", AUTHORS),
            Map.entry("GET /api/alumni", STAFF),
            // alumni and consent (issue 13): recording is the newsroom's, withdrawal, evidence and merging editors' and admins'
            Map.entry("GET /api/alumni/{id}", STAFF),
            Map.entry("POST /api/alumni", STAFF),
            Map.entry("PUT /api/alumni/{id}", STAFF),
            Map.entry("POST /api/alumni/{id}/merge", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /api/alumni/{id}/consents", STAFF),
            Map.entry("POST /api/alumni/{id}/consents/{consentId}/withdraw", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /api/alumni/{id}/consents/{consentId}/evidence", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /alumni", STAFF),
            Map.entry("GET /alumni/new", STAFF),
            Map.entry("POST /alumni", STAFF),
            Map.entry("GET /alumni/{id}", STAFF),
            Map.entry("GET /alumni/{id}/edit", STAFF),
            Map.entry("POST /alumni/{id}", STAFF),
            Map.entry("POST /alumni/{id}/consents", STAFF),
            Map.entry("POST /alumni/{id}/consents/{consentId}/withdraw", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /alumni/{id}/consents/{consentId}/evidence", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /alumni/{id}/merge", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /consent-links", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /consent-links/{linkId}/revoke", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            // the featured person's own check page: the token is the key, no account
            Map.entry("GET /check/{token}", EVERYONE),
            Map.entry("POST /check/{token}", EVERYONE),
            Map.entry("GET /check/{token}/photos/{mediaId}.jpg", EVERYONE),
            Map.entry("GET /api/courses", SIGNED_IN),
            Map.entry("GET /api/providers", SIGNED_IN),
            Map.entry("GET /api/regions", SIGNED_IN),
            Map.entry("GET /api/regions/{code}/regencies", SIGNED_IN),
            Map.entry("GET /api/themes", SIGNED_IN),
            Map.entry("GET /api/gatherings", SIGNED_IN),
            // reference data: the newsroom adds and edits, editors and admins archive, admins add themes
            Map.entry("GET /api/courses/{id}", SIGNED_IN),
            Map.entry("POST /api/courses", STAFF),
            Map.entry("PUT /api/courses/{id}", STAFF),
            Map.entry("POST /api/courses/{id}/archive", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /api/courses/{id}/restore", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /courses/new", STAFF),
            Map.entry("POST /courses", STAFF),
            Map.entry("GET /courses/{id}", STAFF),
            Map.entry("POST /courses/{id}", STAFF),
            Map.entry("POST /courses/{id}/archive", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /courses/{id}/restore", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /lookup/courses", STAFF),
            Map.entry("GET /api/providers/{id}", SIGNED_IN),
            Map.entry("POST /api/providers", STAFF),
            Map.entry("PUT /api/providers/{id}", STAFF),
            Map.entry("POST /api/providers/{id}/archive", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /api/providers/{id}/restore", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /providers/new", STAFF),
            Map.entry("POST /providers", STAFF),
            Map.entry("GET /providers/{id}", STAFF),
            Map.entry("POST /providers/{id}", STAFF),
            Map.entry("POST /providers/{id}/archive", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /providers/{id}/restore", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /lookup/alumni", STAFF),
            Map.entry("GET /api/gatherings/{id}", SIGNED_IN),
            Map.entry("POST /api/gatherings", STAFF),
            Map.entry("PUT /api/gatherings/{id}", STAFF),
            Map.entry("POST /api/gatherings/{id}/archive", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /api/gatherings/{id}/restore", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /gatherings/new", STAFF),
            Map.entry("POST /gatherings", STAFF),
            Map.entry("GET /gatherings/{id}", STAFF),
            Map.entry("POST /gatherings/{id}", STAFF),
            Map.entry("POST /gatherings/{id}/archive", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("POST /gatherings/{id}/restore", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /lookup/gatherings", STAFF),
            Map.entry("GET /gatherings", STAFF),
            Map.entry("POST /api/themes", ADMINS),
            Map.entry("GET /admin/themes", ADMINS),
            Map.entry("POST /admin/themes", ADMINS),
            // workflow API
            Map.entry("POST /api/stories/{id}/schedule", EDITORS),
            Map.entry("POST /api/stories/{id}/unschedule", EDITORS),
            Map.entry("POST /api/stories/{id}/embargo", EDITORS),
            Map.entry("POST /api/stories/{id}/embargo/lift", EDITORS),
            Map.entry("GET /api/stories/{id}/revisions", STAFF),
            Map.entry("GET /api/stories/{id}/revisions/compare", STAFF),
            Map.entry("POST /api/stories/{id}/revisions/{number}/restore", AUTHORS),
            Map.entry("GET /api/stories/{id}/comments", STAFF),
            Map.entry("POST /api/stories/{id}/comments", AUTHORS),
            Map.entry("POST /api/stories/{id}/comments/{commentId}/resolve", AUTHORS),
            Map.entry("GET /api/stories/{id}/lock", AUTHORS),
            Map.entry("PUT /api/stories/{id}/lock", AUTHORS),
            Map.entry("DELETE /api/stories/{id}/lock", AUTHORS),
            Map.entry("GET /api/tokens", SIGNED_IN),
            Map.entry("POST /api/tokens", SIGNED_IN),
            // owners may revoke their own tokens too; the matrix asks with someone else's (unknown) token
            Map.entry("DELETE /api/tokens/{tokenId}", ADMINS),
            // workflow UI
            Map.entry("GET /dashboard", STAFF),
            Map.entry("GET /workflow/stories/{id}", STAFF),
            Map.entry("GET /workflow/stories/{id}/review", STAFF),
            Map.entry("POST /stories/{storyId}/photos/{mediaId}", AUTHORS),
            Map.entry("GET /api/stories/{id}/transitions", STAFF),
            Map.entry("POST /workflow/stories/{id}/steps/{step:submit|approve|request-changes|publish|unpublish|unschedule|archive}", AUTHORS),
            Map.entry("POST /workflow/stories/{id}/schedule", EDITORS),
            Map.entry("POST /workflow/stories/{id}/embargo", EDITORS),
            Map.entry("POST /workflow/stories/{id}/embargo/lift", EDITORS),
            Map.entry("POST /workflow/stories/{id}/text", AUTHORS),
            Map.entry("POST /workflow/stories/{id}/revisions/{number}/restore", AUTHORS),
            Map.entry("POST /workflow/stories/{id}/comments", AUTHORS),
            Map.entry("POST /workflow/stories/{id}/comments/{commentId}/resolve", AUTHORS),
            Map.entry("POST /workflow/stories/{id}/lock", AUTHORS),
            Map.entry("GET /admin/audit", ADMINS),
            Map.entry("GET /admin/search", ADMINS),
            Map.entry("GET /admin/system", ADMINS),
            Map.entry("GET /admin/search/progress", ADMINS),
            Map.entry("POST /admin/search/rebuild", ADMINS),
            Map.entry("POST /admin/search/synonyms", ADMINS),
            // accounts: administration, journalists' requests, one-time set-password links, everyone's profile
            Map.entry("GET /admin/users", ADMINS),
            Map.entry("POST /admin/users", ADMINS),
            Map.entry("POST /admin/users/{username}/roles", ADMINS),
            Map.entry("POST /admin/users/{username}/disable", ADMINS),
            Map.entry("POST /admin/users/{username}/enable", ADMINS),
            Map.entry("POST /admin/users/{username}/password-reset", ADMINS),
            Map.entry("POST /admin/account-requests/{id}/approve", ADMINS),
            Map.entry("POST /admin/account-requests/{id}/decline", ADMINS),
            Map.entry("GET /api/admin/users", ADMINS),
            Map.entry("POST /api/admin/users", ADMINS),
            Map.entry("PUT /api/admin/users/{username}/roles", ADMINS),
            Map.entry("POST /api/admin/users/{username}/disable", ADMINS),
            Map.entry("POST /api/admin/users/{username}/enable", ADMINS),
            Map.entry("POST /api/admin/users/{username}/password-reset", ADMINS),
            Map.entry("GET /api/admin/account-requests", ADMINS),
            Map.entry("POST /api/admin/account-requests/{id}/approve", ADMINS),
            Map.entry("POST /api/admin/account-requests/{id}/decline", ADMINS),
            Map.entry("GET /account-request", EVERYONE),
            Map.entry("POST /account-request", EVERYONE),
            Map.entry("GET /set-password/{token}", EVERYONE),
            Map.entry("POST /set-password/{token}", EVERYONE),
            // the second step of signing in answers only a session halfway through it (password right): for anyone
            // else, signed in or not, it leads back to the sign-in form
            Map.entry("GET /login/second-factor", NOBODY),
            Map.entry("POST /login/second-factor", NOBODY),
            Map.entry("GET /login/second-factor/setup", NOBODY),
            Map.entry("POST /login/second-factor/setup", NOBODY),
            Map.entry("POST /login/second-factor/continue", NOBODY),
            Map.entry("GET /profile/second-factor", SIGNED_IN),
            Map.entry("GET /api/profile/second-factor", SIGNED_IN),
            Map.entry("POST /api/profile/second-factor", SIGNED_IN),
            Map.entry("DELETE /api/profile/second-factor", SIGNED_IN),
            Map.entry("POST /profile/second-factor", SIGNED_IN),
            Map.entry("POST /profile/second-factor/disable", SIGNED_IN),
            Map.entry("POST /admin/users/{username}/second-factor/reset", ADMINS),
            Map.entry("GET /profile", SIGNED_IN),
            Map.entry("POST /profile", SIGNED_IN),
            Map.entry("POST /profile/password", SIGNED_IN),
            Map.entry("POST /profile/tokens", SIGNED_IN),
            // owners may revoke their own tokens too; the matrix asks with someone else's (unknown) token
            Map.entry("POST /profile/tokens/{tokenId}/revoke", ADMINS),
            Map.entry("GET /api/profile", SIGNED_IN),
            Map.entry("PUT /api/profile", SIGNED_IN),
            Map.entry("PUT /api/profile/password", SIGNED_IN),
            // journalists' alerts: the press room's people; the mail links work without signing in
            Map.entry("GET /press/alerts", PRESS),
            Map.entry("POST /press/alerts/email", PRESS),
            Map.entry("POST /press/follows", PRESS),
            Map.entry("POST /press/alerts/{id}/cadence", PRESS),
            Map.entry("POST /press/alerts/{id}/delete", PRESS),
            Map.entry("GET /alerts/confirm/{token}", EVERYONE),
            Map.entry("GET /alerts/feed/{token}", EVERYONE),
            Map.entry("GET /alerts/unsubscribe/{token}", EVERYONE),
            Map.entry("POST /alerts/unsubscribe/{token}", EVERYONE),
            Map.entry("GET /mail/outbox", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /api/alerts/follows", PRESS),
            Map.entry("POST /api/alerts/follows", PRESS),
            Map.entry("PUT /api/alerts/follows/{id}/cadence", PRESS),
            Map.entry("DELETE /api/alerts/follows/{id}", PRESS),
            Map.entry("GET /api/alerts/email", PRESS),
            Map.entry("PUT /api/alerts/email", PRESS),
            Map.entry("GET /analytics/downloads", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /analytics/downloads.csv", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /api/analytics/downloads", EnumSet.of(Who.EDITOR, Who.ADMIN)),
            Map.entry("GET /impact", STAFF),
            Map.entry("GET /api/impact", STAFF),
            Map.entry("GET /coverage", STAFF),
            Map.entry("GET /coverage/new", STAFF),
            Map.entry("POST /coverage", STAFF),
            Map.entry("POST /coverage/suggestion", STAFF),
            Map.entry("GET /coverage/{id}", STAFF),
            Map.entry("POST /coverage/{id}", STAFF),
            Map.entry("POST /coverage/{id}/delete", STAFF),
            Map.entry("GET /api/clips", STAFF),
            Map.entry("POST /api/clips", STAFF),
            Map.entry("GET /api/clips/{id}", STAFF),
            Map.entry("PUT /api/clips/{id}", STAFF),
            Map.entry("DELETE /api/clips/{id}", STAFF),
            Map.entry("GET /api/clips/per-province", STAFF));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Test
    void hasARowForEveryRegisteredEndpointAndNoOther(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        Set<String> registered = endpoints(mapping);

        assertThat(new TreeSet<>(MATRIX.keySet())).as("rows without an endpoint").isSubsetOf(registered);
        assertThat(registered).as("endpoints without a row in the authorization matrix").isSubsetOf(MATRIX.keySet());
    }

    @TestFactory
    Stream<DynamicTest> answersEveryEndpointForEveryRoleAsTheMatrixSays(@Autowired MockMvc mvc,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni,
            @Autowired ReviewComments comments) {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        Story story = fixtures.aDraft("Cerita untuk matriks otorisasi");
        UUID comment = StoryFixtures.as(StoryFixtures.EDITOR, Role.EDITOR,
                () -> comments.comment(story.id(), 0, "Paragraf pertama terlalu panjang", StoryFixtures.EDITOR)).id();
        Map<String, String> values = Map.of("id", story.id().toString(), "number", "1", "commentId",
                comment.toString(), "tokenId", UUID.randomUUID().toString());
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : new TreeSet<>(endpoints(mapping))) {
            Set<Who> allowed = MATRIX.getOrDefault(endpoint, Set.of());
            for (Who who : Who.values()) {
                boolean expected = allowed.contains(who);
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + who + (expected ? " is allowed" : " is denied"),
                        () -> assertThat(getsThrough(mvc, endpoint, values, who)).as(endpoint + " as " + who)
                            .isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    private static boolean getsThrough(MockMvc mvc, String endpoint, Map<String, String> values, Who who)
            throws Exception {
        String[] parts = endpoint.split(" ", 2);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, expand(parts[1], values))
            .accept(parts[1].startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (method != HttpMethod.GET) {
            request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (who != Who.ANONYMOUS) {
            request.with(user(username(who)).roles(who.name()));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception e) {
            // An exception escaping MockMvc was thrown past security, by the handler: unless it is a denial.
            return !(e.getCause() instanceof AccessDeniedException);
        }
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = location != null && location.contains("/login");
        return status != 401 && status != 403 && !toLogin;
    }

    private static String username(Who who) {
        return switch (who) {
            case WRITER -> StoryFixtures.WRITER;
            case EDITOR -> StoryFixtures.EDITOR;
            case ADMIN -> "admin";
            case JOURNALIST -> "jurnalis";
            case ANONYMOUS -> null;
        };
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

    /** Fills path variables: known names from {@code values}, regex-constrained ones with their first choice. */
    private static String expand(String pattern, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(pattern.replace("{code:\\d{2}}", "75"));
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).split("\\|")[0]
                    : values.getOrDefault(m.group(1), UUID.randomUUID().toString());
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    static Set<String> endpoints(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }
}
