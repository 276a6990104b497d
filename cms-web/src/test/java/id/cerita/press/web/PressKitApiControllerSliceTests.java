package id.cerita.press.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.cerita.common.StoryId;
import id.cerita.consent.PressKitDownloads;
import id.cerita.press.EmbargoAccess;
import id.cerita.press.PressKit;
import id.cerita.press.PressKitRefused;
import id.cerita.press.PressKits;
import id.cerita.web.ApiSlice;

/** The press kit download: the ZIP's headers, embargo clearance by role, refusals as problems, who may ask. */
@WebMvcTest(PressKitApiController.class)
@ApiSlice
class PressKitApiControllerSliceTests {

    private static final byte[] ZIP = "PK\u0003\u0004 kit".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PressKits kits;

    @Autowired // a mock, from ApiSlice
    PressKitDownloads downloads;

    @Test
    void handsAJournalistTheReleasedKitAsAPrivateZipAttachmentAndNotesTheDownload() {
        StoryId id = StoryId.random();
        given(kits.assemble(id, EmbargoAccess.RELEASED_ONLY)).willReturn(kit(id));

        MvcTestResult result = mvc.get().uri("/api/stories/{id}/press-kit", id)
            .with(user("wartawan").roles("JOURNALIST")).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/zip")
            .hasHeader(HttpHeaders.CACHE_CONTROL, "private, no-store").hasHeader("X-Press-Kit-Embargoed", "false");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
            .contains("kit-pers-vita.zip");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(ZIP);
        verify(downloads).record(id, "wartawan");
    }

    @Test
    void clearsEditorsAndJournalistsGivenEmbargoAccessForEmbargoedMaterial() {
        StoryId id = StoryId.random();
        given(kits.assemble(eq(id), any())).willReturn(kit(id));

        assertThat(mvc.get().uri("/api/stories/{id}/press-kit", id).with(user("budi").roles("EDITOR"))).hasStatusOk();
        assertThat(mvc.get().uri("/api/stories/{id}/press-kit", id)
                .with(user("wartawan").authorities(new SimpleGrantedAuthority("ROLE_JOURNALIST"),
                        new SimpleGrantedAuthority(EmbargoClearance.AUTHORITY))))
            .hasStatusOk();
        verify(kits, times(2)).assemble(id, EmbargoAccess.INCLUDING_EMBARGOED);
    }

    @Test
    void answersARefusedKitWithItsReasonAsProblemDetail() {
        StoryId embargoed = StoryId.random();
        StoryId noConsent = StoryId.random();
        given(kits.assemble(eq(embargoed), any()))
            .willThrow(new PressKitRefused(PressKitRefused.Reason.EMBARGOED, "Cerita ini masih diembargo"));
        given(kits.assemble(eq(noConsent), any()))
            .willThrow(new PressKitRefused(PressKitRefused.Reason.NO_PRESS_CONSENT, "Alumni belum setuju diliput"));

        assertThat(mvc.get().uri("/api/stories/{id}/press-kit", embargoed).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/press-kit-embargoed", "reason": "EMBARGOED",
                 "detail": "Cerita ini masih diembargo"}""");
        assertThat(mvc.get().uri("/api/stories/{id}/press-kit", noConsent).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.reason").isEqualTo("NO_PRESS_CONSENT");
        verify(downloads, never()).record(any(), any());
    }

    @Test
    void answersAMalformedIdWith400ProblemDetail() {
        assertThat(mvc.get().uri("/api/stories/not-a-uuid/press-kit").with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"));
        verifyNoInteractions(kits);
    }

    @Test
    void keepsWritersAndAnonymousCallersOutAndRefusesAnyOtherMethod() {
        StoryId id = StoryId.random();
        assertThat(mvc.get().uri("/api/stories/{id}/press-kit", id).with(user("sari").roles("WRITER")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/stories/{id}/press-kit", id)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/api/stories/{id}/press-kit", id).with(user("admin").roles("ADMIN")))
            .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(kits);
    }

    private static PressKit kit(StoryId id) {
        return new PressKit(id, "kit-pers-vita.zip", ZIP, List.of(), null);
    }
}
