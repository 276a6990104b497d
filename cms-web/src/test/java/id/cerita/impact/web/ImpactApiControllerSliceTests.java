package id.cerita.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.cerita.impact.ImpactBreakdown;
import id.cerita.impact.ImpactDimension;
import id.cerita.impact.ImpactFigures;
import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactReport;
import id.cerita.impact.ImpactReports;
import id.cerita.impact.ImpactRow;
import id.cerita.impact.ProvinceFigures;
import id.cerita.web.ApiSlice;

/** The impact figures over the API: one JSON document, figures of fewer than three people as null, the newsroom only. */
@WebMvcTest(ImpactApiController.class)
@ApiSlice
class ImpactApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ImpactReports reports;

    @Test
    void answersTheFiguresTheBreakdownsAndTheProvincesInOneDocumentWithHiddenFiguresAsNull() {
        ImpactFigures all = new ImpactFigures(12, 5, 4, 2, 6, 10L, 18L, 5, 1_500_000L, 3_000_000L);
        ImpactFigures few = new ImpactFigures(3, 2, null, null, null, null, null, null, null, null);
        given(reports.overview()).willReturn(new ImpactOverview(new ImpactReport(all, List.of(new ImpactBreakdown(
                ImpactDimension.PROVINCE, List.of(new ImpactRow("15", "Jambi", few)), 2))),
                List.of(new ProvinceFigures("15", "Jambi", 3, 1), new ProvinceFigures("75", "Gorontalo", 0, 0))));

        assertThat(mvc.get().uri("/api/impact").with(SARI)).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON)
            .bodyJson().isLenientlyEqualTo("""
                {"report": {
                   "overall": {"people": 12, "businessesOpened": 5, "jobsObtained": 4, "careerChanges": 2,
                               "staffReported": 6, "staffBefore": 10, "staffAfter": 18, "revenueReported": 5,
                               "revenueBeforeMedian": 1500000, "revenueAfterMedian": 3000000},
                   "breakdowns": [{"dimension": "PROVINCE", "hiddenGroups": 2,
                                   "rows": [{"key": "15", "label": "Jambi",
                                             "figures": {"people": 3, "businessesOpened": 2, "jobsObtained": null,
                                                         "revenueAfterMedian": null}}]}]},
                 "provinces": [{"code": "15", "name": "Jambi", "stories": 3, "clips": 1},
                               {"code": "75", "name": "Gorontalo", "stories": 0, "clips": 0}]}""");
    }

    /** As every API answer when the database is away: 503 with Retry-After, no internals, the caller's language. */
    @Test
    void answersAnUnreachableDatabaseWithRetryLaterWithoutInternalsInTheCallersLanguage() throws Exception {
        given(reports.overview()).willThrow(new DataAccessResourceFailureException("Connection refused to db:5432"));

        MvcTestResult indonesian = mvc.get().uri("/api/impact").with(SARI).exchange();
        MvcTestResult english = mvc.get().uri("/api/impact").with(SARI).header("Accept-Language", "en").exchange();

        assertThat(indonesian).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "5")
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyText().doesNotContain("Connection refused", "5432");
        assertThat(english).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyText().doesNotContain("Connection refused", "5432");
        assertThat(english.getResponse().getContentAsString())
            .isNotEqualTo(indonesian.getResponse().getContentAsString());
    }

    @Test
    void keepsTheFiguresForTheNewsroomAndAsksAnonymousCallersToSignIn() {
        assertThat(mvc.get().uri("/api/impact")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/impact").with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(reports);
        assertThat(mvc.get().uri("/api/impact").with(user("admin").roles("ADMIN"))).hasStatusOk();
    }
}
