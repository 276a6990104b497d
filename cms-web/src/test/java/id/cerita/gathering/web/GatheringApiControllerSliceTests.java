package id.cerita.gathering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.GatheringId;
import id.cerita.common.NotFoundException;
import id.cerita.common.StateConflictException;
import id.cerita.gathering.Gathering;
import id.cerita.gathering.GatheringDetails;
import id.cerita.gathering.Gatherings;
import id.cerita.web.ApiSlice;

/** Temu alumni over the API: the list, a planned meeting pointed to, refusals in the caller's language, and roles. */
@WebMvcTest(GatheringApiController.class)
@ApiSlice
class GatheringApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final Gathering JAMBI = Gathering.plan("temu-alumni-jambi", "Temu Alumni Prakerja Jambi",
            "Swiss-Belhotel Jambi", "15.71", LocalDate.of(2024, 9, 19));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Gatherings gatherings;

    @Test
    void listsTheGatheringsOnOfferWithTheIdAsAPlainUuidAndTheDayAsIso() {
        given(gatherings.all(false)).willReturn(List.of(JAMBI));

        assertThat(mvc.get().uri("/api/gatherings").with(user("wartawan").roles("JOURNALIST"))).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                [{"id": "%s", "slug": "temu-alumni-jambi", "name": "Temu Alumni Prakerja Jambi",
                  "place": "Swiss-Belhotel Jambi", "regionCode": "15.71", "heldOn": "2024-09-19", "archived": false}]"""
                .formatted(JAMBI.id()));
    }

    @Test
    void plansAGatheringFromTheBodyAndPointsToIt() {
        given(gatherings.plan(any(GatheringDetails.class), any())).willReturn(JAMBI);

        assertThat(mvc.post().uri("/api/gatherings").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "Temu Alumni Prakerja Jambi", "regionCode": "15.71", "place": "Swiss-Belhotel Jambi",
                 "heldOn": "2024-09-19"}"""))
            .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/gatherings/" + JAMBI.id());
        verify(gatherings).plan(new GatheringDetails("Temu Alumni Prakerja Jambi", "15.71", "Swiss-Belhotel Jambi",
                LocalDate.of(2024, 9, 19), null), "sari");
    }

    @Test
    void answersAnUnreadableDayWith400NamingItWithoutAskingTheService() {
        assertThat(mvc.post().uri("/api/gatherings").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"regionCode\": \"15.71\", \"heldOn\": \"19 September\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("heldOn"));
        verify(gatherings, never()).plan(any(), any());
    }

    @Test
    void answersUnknownMalformedAndArchivedGatheringsInTheCallersLanguage() {
        GatheringId unknown = GatheringId.random();
        GatheringId archived = GatheringId.random();
        given(gatherings.require(unknown))
            .willThrow(new NotFoundException("gathering", "Temu alumni tidak ditemukan: " + unknown, unknown));
        given(gatherings.archive(archived, "budi")).willThrow(new StateConflictException("gathering.archived",
                "Temu alumni ini sudah diarsipkan: Temu Alumni Prakerja Jambi", "Temu Alumni Prakerja Jambi"));

        assertThat(mvc.get().uri("/api/gatherings/{id}", unknown).with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.detail", detail -> assertThat(detail)
                .isEqualTo("Alumni gathering not found: " + unknown + "."));
        assertThat(mvc.get().uri("/api/gatherings/jambi-2024").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson().hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"));
        assertThat(mvc.post().uri("/api/gatherings/{id}/archive", archived).with(user("budi").roles("EDITOR"))
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"code": "gathering.archived",
                 "detail": "This alumni gathering is already archived: Temu Alumni Prakerja Jambi."}""");
    }

    @Test
    void leavesArchivingToEditorsAndAdministratorsAndReadingToSignedInUsers() {
        assertThat(mvc.post().uri("/api/gatherings/{id}/archive", GatheringId.random()).with(SARI))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/gatherings")).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(gatherings);
    }
}
