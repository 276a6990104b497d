package id.cerita.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.audit.AuditLog;
import id.cerita.site.SiteExportProgress;
import id.cerita.site.SiteExports;
import id.cerita.web.ApiSlice;

/** Starting a site export over the API: 202 with the progress to poll, the audit entry, and editors and admins only. */
@WebMvcTest(SiteExportApiController.class)
@ApiSlice
class SiteExportApiControllerSliceTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SiteExports exports;

    @Autowired // a mock, from ApiSlice
    AuditLog audit;

    @Test
    void startsAnExportAndAnswers202WithTheProgressToPollAndAnAuditEntry() {
        given(exports.progress()).willReturn(new SiteExportProgress(SiteExportProgress.State.QUEUED, 0, 0,
                "20261204-0900", null, 0, 0));

        assertThat(mvc.post().uri("/api/site/exports").with(user("budi").roles("EDITOR")))
            .hasStatus(HttpStatus.ACCEPTED).hasHeader(HttpHeaders.LOCATION, "/api/site/exports/progress")
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isLenientlyEqualTo("""
                {"state": "QUEUED", "done": 0, "total": 0, "build": "20261204-0900", "error": null}""");
        verify(exports).start();
        verify(audit).append("budi", "site.export-started", "site", "site", "API");
    }

    @Test
    void answersTheProgressOfTheExportUnderWay() {
        given(exports.progress()).willReturn(new SiteExportProgress(SiteExportProgress.State.RUNNING, 120, 480,
                "20261204-0900", null, 0, 0));

        assertThat(mvc.get().uri("/api/site/exports/progress").with(user("admin").roles("ADMIN"))).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                {"state": "RUNNING", "done": 120, "total": 480, "build": "20261204-0900"}""");
        verify(exports, never()).start();
    }

    @Test
    void leavesExportsToEditorsAndAdministrators() {
        assertThat(mvc.post().uri("/api/site/exports").with(user("sari").roles("WRITER")).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not allowed"));
        assertThat(mvc.get().uri("/api/site/exports/progress").with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/site/exports")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(exports);
        verify(audit, never()).append(any(), eq("site.export-started"), any(), any(), any());
    }
}
