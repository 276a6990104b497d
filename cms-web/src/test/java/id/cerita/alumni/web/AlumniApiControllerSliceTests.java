package id.cerita.alumni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumniExamples;
import id.cerita.alumni.AlumniQuery;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.alumni.AlumnusRow;
import id.cerita.alumni.Consent;
import id.cerita.alumni.ConsentMethod;
import id.cerita.alumni.ConsentProof;
import id.cerita.alumni.ConsentScope;
import id.cerita.alumni.EvidenceDownload;
import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.web.ApiSlice;

/**
 * Alumni over the API: the record and its consents as JSON, bodies checked before the service, the duplicate warning,
 * evidence downloads, refusals as problems, and the newsroom only. Who may merge, withdraw and download is the
 * service's own check, which the mock leaves out.
 */
@WebMvcTest(AlumniApiController.class)
@Import(AlumniExamples.Today.class)
@ApiSlice
class AlumniApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final UserRequestPostProcessor BUDI = user("budi").roles("EDITOR");
    private static final LocalDate GIVEN = LocalDate.parse("2024-06-05");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Alumni alumni;

    @Test
    void answersAnAlumnusWithTheConsentsAndTheScopesInForceTodayAndTheIdsAsPlainUuids() {
        Alumnus fitri = AlumniExamples.alumnus("Fitri Handayani", "15.71", 7);
        Consent consent = AlumniExamples.consent(fitri, EnumSet.of(ConsentScope.NAME, ConsentScope.PRESS), GIVEN,
                "Formulir JMB-7");
        given(alumni.require(fitri.id())).willReturn(fitri);

        assertThat(mvc.get().uri("/api/alumni/{id}", fitri.id().value()).with(SARI)).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "fullName": "Fitri Handayani", "cohort": 7, "regionCode": "15.71",
                 "phone": "0812-7000-1111", "consentedScopes": ["NAME", "PRESS"], "mergedInto": null, "version": 2,
                 "consents": [{"consentId": "%s", "scopes": ["NAME", "PRESS"], "givenOn": "2024-06-05",
                               "method": "SIGNED_FORM", "evidence": "Formulir JMB-7", "evidenceFile": false,
                               "withdrawnAt": null}]}""".formatted(fitri.id().value(), consent.consentId()));
    }

    @Test
    void searchesWithTheQueryGivenAndShowsEachRecordFound() {
        Alumnus rahma = AlumniExamples.alumnus("Rahmawati Lubis", "16.74", 7);
        given(alumni.search(new AlumniQuery("florist", "16", 7), 500)).willReturn(List.of(new AlumnusRow(rahma.id(),
                "Rahmawati Lubis", 7, "16.74", "Kota Lubuklinggau", "Florist Lubuklinggau", null, 1)));
        given(alumni.require(rahma.id())).willReturn(rahma);

        assertThat(mvc.get().uri("/api/alumni?q=florist&region=16&cohort=7").with(SARI)).hasStatusOk().bodyJson()
            .isLenientlyEqualTo("""
                [{"id": "%s", "fullName": "Rahmawati Lubis", "regionCode": "16.74"}]""".formatted(rahma.id()));
        verify(alumni).search(new AlumniQuery("florist", "16", 7), 500);

        assertThat(mvc.get().uri("/api/alumni?cohort=tujuh").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("cohort"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).isEqualTo("harus berupa angka."));
        assertThat(mvc.get().uri("/api/alumni?cohort=tujuh").header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).isEqualTo("must be a number."));
    }

    @Test
    void answersAMalformedIdInThePathWith400ProblemDetailSayingAUuidIsExpected() {
        assertThat(mvc.get().uri("/api/alumni/not-a-uuid").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.post().uri("/api/alumni/{id}/consents/42/withdraw", AlumnusId.random()).with(BUDI)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Minta\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Invalid parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("consentId"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verifyNoInteractions(alumni);
    }

    @Test
    void answersAnUnknownAlumnusWith404InTheCallersLanguage() {
        AlumnusId unknown = AlumnusId.random();
        given(alumni.require(unknown))
            .willThrow(new NotFoundException("alumnus", "Alumni tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.get().uri("/api/alumni/{id}", unknown).with(SARI)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Tidak ditemukan"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Alumni tidak ditemukan: " + unknown + "."));
        assertThat(mvc.get().uri("/api/alumni/{id}", unknown).header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not found"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Alumnus not found: " + unknown + "."));
    }

    @Test
    void registersTheDetailsOfTheBodyAndPointsToTheNewRecord() {
        AlumnusDetails details = new AlumnusDetails("Rahmawati Lubis", 7, "16.74", "Florist Lubuklinggau", null,
                "0812-7000-1111", null);
        Alumnus registered = AlumniExamples.alumnus("Rahmawati Lubis", "16.74", 7);
        given(alumni.register(details)).willReturn(registered);

        assertThat(mvc.post().uri("/api/alumni").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"fullName": " Rahmawati Lubis ", "cohort": 7, "regionCode": "16.74",
                 "businessName": "Florist Lubuklinggau", "occupation": " ", "phone": "0812-7000-1111"}"""))
            .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/alumni/" + registered.id())
            .bodyJson().extractingPath("$.id").isEqualTo(registered.id().toString());
        verify(alumni).possibleDuplicates(details, null);
        verify(alumni).register(details);
    }

    @Test
    void warnsOfAPossibleDuplicateWith409ListingTheRecordsUnlessTheCallerConfirms() {
        Alumnus existing = AlumniExamples.alumnus("Rahmawati Lubis", "16.74", 7);
        given(alumni.possibleDuplicates(any(), any())).willReturn(List.of(existing));
        given(alumni.register(any())).willReturn(AlumniExamples.alumnus("Rahmawati Lubis", "16.74", 7));
        String body = """
                {"fullName": "Rahmawati Lubis", "regionCode": "16.74", "confirmDuplicate": %s}""";

        assertThat(mvc.post().uri("/api/alumni").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("false")))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/possible-duplicate", "title": "Mungkin data ganda",
                 "duplicates": [{"id": "%s", "fullName": "Rahmawati Lubis", "regionCode": "16.74"}],
                 "errors": [{"field": "fullName", "code": "alumnus.possible-duplicate"}]}""".formatted(existing.id()));
        assertThat(mvc.post().uri("/api/alumni").with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted("false")))
            .hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                {"title": "Possible duplicate",
                 "errors": [{"field": "fullName", "message": "May be the same as an existing record"}]}""");
        verify(alumni, never()).register(any());

        assertThat(mvc.post().uri("/api/alumni").with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("true")))
            .hasStatus(HttpStatus.CREATED);
        verify(alumni).register(new AlumnusDetails("Rahmawati Lubis", null, "16.74", null, null));
    }

    @Test
    void refusesAnInvalidRecordNamingTheFieldsWithoutAskingTheService() {
        assertThat(mvc.post().uri("/api/alumni").with(SARI).contentType(MediaType.APPLICATION_JSON).content("""
                {"fullName": "", "regionCode": "16.74", "email": "bukan-email"}"""))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/validation"))
            .hasPathSatisfying("$.errors[*].field", fields -> assertThat(fields).asArray()
                .containsExactlyInAnyOrder("fullName", "email"));
        assertThat(mvc.put().uri("/api/alumni/{id}", AlumnusId.random()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"Dedi\", \"cohort\": 0}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[*].field", fields -> assertThat(fields).asArray()
                .containsExactlyInAnyOrder("cohort", "regionCode"));
        verifyNoInteractions(alumni);
    }

    @Test
    void recordsAConsentFromTheJsonBodyAndRefusesOneWithoutTheDateItWasGiven() {
        AlumnusId id = AlumnusId.random();
        ConsentProof proof = new ConsentProof(EnumSet.of(ConsentScope.NAME, ConsentScope.PRESS), GIVEN, null,
                ConsentMethod.SIGNED_FORM, "Formulir JMB-7", null);
        Consent recorded = AlumniExamples.consent(AlumniExamples.alumnus("Fitri Handayani", "15.71", 7),
                proof.scopes(), GIVEN, "Formulir JMB-7");
        given(alumni.recordConsent(id, proof, null, null, "sari")).willReturn(recorded);

        assertThat(mvc.post().uri("/api/alumni/{id}/consents", id).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"scopes": ["PRESS", "NAME"], "givenOn": "2024-06-05", "method": "SIGNED_FORM",
                     "evidence": "Formulir JMB-7"}"""))
            .hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/alumni/" + id).bodyJson()
            .isLenientlyEqualTo("""
                {"consentId": "%s", "scopes": ["NAME", "PRESS"], "givenOn": "2024-06-05", "evidenceFile": false}"""
                .formatted(recorded.consentId()));
        verify(alumni).recordConsent(id, proof, null, null, "sari");

        assertThat(mvc.post().uri("/api/alumni/{id}/consents", id).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scopes\": [\"NAME\"], \"evidence\": \"Formulir JMB-8\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("givenOn"));
        assertThat(mvc.post().uri("/api/alumni/{id}/consents", id).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scopes\": [\"EVERYTHING\"], \"givenOn\": \"2024-06-05\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().startsWith("scopes"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("NAME", "PRESS"));
        verify(alumni).recordConsent(any(AlumnusId.class), any(ConsentProof.class), any(), any(), any());
    }

    @Test
    void recordsAConsentWithTheUploadedEvidenceFileAndItsName() {
        AlumnusId id = AlumnusId.random();
        byte[] pdf = "%PDF-1.4\n% formulir persetujuan\n".getBytes(StandardCharsets.US_ASCII);
        ConsentProof proof = new ConsentProof(Set.of(ConsentScope.WEBSITE), GIVEN, null, ConsentMethod.SIGNED_FORM,
                null, null);
        given(alumni.recordConsent(id, proof, pdf, "formulir.pdf", "sari")).willReturn(AlumniExamples.consent(
                AlumniExamples.alumnus("Yohana Mentawai", "13.09", 7), proof.scopes(), GIVEN, "formulir.pdf"));

        assertThat(mvc.post().uri("/api/alumni/{id}/consents", id).with(SARI).multipart()
                .file(new MockMultipartFile("consent", "", MediaType.APPLICATION_JSON_VALUE,
                        "{\"scopes\": [\"WEBSITE\"], \"givenOn\": \"2024-06-05\", \"method\": \"SIGNED_FORM\"}"
                            .getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("evidenceFile", "formulir.pdf", "application/pdf", pdf)))
            .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.evidence").isEqualTo("formulir.pdf");
        verify(alumni).recordConsent(id, proof, pdf, "formulir.pdf", "sari");
    }

    @Test
    void answersARefusedConsentWithAFieldProblemInTheCallersLanguage() {
        AlumnusId id = AlumnusId.random();
        given(alumni.recordConsent(any(AlumnusId.class), any(ConsentProof.class), any(), any(), any()))
            .willThrow(new InvalidFieldException("scopes", "consent.scopes-empty", "Pilih sedikitnya satu cakupan persetujuan"));
        String empty = "{\"scopes\": [], \"givenOn\": \"2024-06-05\", \"evidence\": \"Formulir 1\"}";

        assertThat(mvc.post().uri("/api/alumni/{id}/consents", id).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content(empty))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "consent.scopes-empty", "detail": "Pilih sedikitnya satu cakupan persetujuan.",
                 "errors": [{"field": "scopes", "code": "consent.scopes-empty"}]}""");
        assertThat(mvc.post().uri("/api/alumni/{id}/consents", id).with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(empty))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
            .extractingPath("$.detail").isEqualTo("Choose at least one consent scope.");
    }

    @Test
    void withdrawsAConsentWithTheReasonAndAnswersTheRecordAsItIsNow() {
        Alumnus fitri = AlumniExamples.alumnus("Fitri Handayani", "15.71", 7);
        UUID consent = UUID.randomUUID();
        given(alumni.require(fitri.id())).willReturn(fitri);

        assertThat(mvc.post().uri("/api/alumni/{id}/consents/{consent}/withdraw", fitri.id(), consent).with(BUDI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Minta lewat telepon\"}"))
            .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "consentedScopes": []}""".formatted(fitri.id()));
        verify(alumni).withdrawConsent(fitri.id(), consent, "budi", "Minta lewat telepon");
    }

    @Test
    void mergesTheRecordNamedInTheBodyAndRefusesAMalformedOneNamingTheField() {
        Alumnus survivor = AlumniExamples.alumnus("Fitri Handayani", "15.71", 7);
        AlumnusId merged = AlumnusId.random();
        given(alumni.merge(survivor.id(), merged, "budi")).willReturn(survivor);

        assertThat(mvc.post().uri("/api/alumni/{id}/merge", survivor.id()).with(BUDI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\": \"%s\"}".formatted(merged)))
            .hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(survivor.id().toString());
        verify(alumni).merge(survivor.id(), merged, "budi");

        assertThat(mvc.post().uri("/api/alumni/{id}/merge", survivor.id()).with(BUDI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\": \"Fitri H.\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("mergedId"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
    }

    @Test
    void handsOverTheEvidenceFileAsAPrivateAttachmentOrAnswers404WhenThereIsNone() {
        AlumnusId id = AlumnusId.random();
        UUID withFile = UUID.randomUUID();
        UUID withoutFile = UUID.randomUUID();
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        given(alumni.evidenceOf(id, withFile, "budi")).willReturn(new EvidenceDownload(pdf, "application/pdf",
                "formulir yohana.pdf"));
        given(alumni.evidenceOf(id, withoutFile, "budi")).willThrow(new NotFoundException("evidence",
                "Persetujuan ini tidak punya berkas bukti", withoutFile));

        MvcTestResult download = mvc.get().uri("/api/alumni/{id}/consents/{consent}/evidence", id, withFile).with(BUDI)
            .exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf")
            .hasHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
            .contains("formulir");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);

        assertThat(mvc.get().uri("/api/alumni/{id}/consents/{consent}/evidence", id, withoutFile).with(BUDI))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .extractingPath("$.detail").isEqualTo("Persetujuan ini tidak punya berkas bukti.");
        assertThat(mvc.get().uri("/api/alumni/{id}/consents/{consent}/evidence", id, withoutFile).with(BUDI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .extractingPath("$.detail").isEqualTo("This consent has no evidence file.");
    }

    @Test
    void keepsTheRecordsWithTheirPhoneAndEmailFromJournalistsAndAnonymousCallers() {
        assertThat(mvc.get().uri("/api/alumni")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/alumni/{id}", AlumnusId.random()).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/alumni").with(user("wartawan").roles("JOURNALIST"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"Dari wartawan\"}"))
            .as("refused before the body is read").hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(alumni);
    }
}
