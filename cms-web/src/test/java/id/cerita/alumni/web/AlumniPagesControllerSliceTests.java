package id.cerita.alumni.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumniExamples;
import id.cerita.alumni.AlumniQuery;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.alumni.AlumnusRow;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.RegionType;
import id.cerita.region.Regions;
import id.cerita.web.PageSlice;

/**
 * The alumni list, profile and registration pages with the alumni and region services mocked: what is shown of each
 * record and its consents in the reader's language, a refused form shown again with the field's message, a good one
 * registered, and the newsroom only.
 */
@WebMvcTest(AlumniPagesController.class)
@PageSlice
@Import({ AlumniExamples.Today.class, AlumniMessages.class })
class AlumniPagesControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final UserRequestPostProcessor BUDI = user("budi").roles("EDITOR");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Alumni alumni;

    @MockitoBean
    Regions regions;

    @Test
    void listsTheRecordsFoundWithTheSearchKeptInTheFormInTheReadersLanguage() {
        Alumnus rahma = AlumniExamples.alumnus("Rahmawati Lubis", "16.74", 7);
        given(alumni.search(new AlumniQuery("florist", "16", 7), 200)).willReturn(List.of(new AlumnusRow(rahma.id(),
                "Rahmawati Lubis", 7, "16.74", "Kota Lubuklinggau", "Florist Lubuklinggau", null, 1)));
        given(regions.provinces()).willReturn(List.of(new Region("16", "Sumatera Selatan", RegionType.PROVINCE, "16",
                false, 0)));

        assertThat(mvc.get().uri("/alumni?q=florist&region=16&cohort=7").with(SARI)).hasStatusOk()
            .hasViewName("alumni/list").bodyText()
            .contains("href=\"/alumni/" + rahma.id() + "\"", "Rahmawati Lubis", "Kota Lubuklinggau", "gelombang 7",
                    "Florist Lubuklinggau", "1 cerita", "1 data", "value=\"florist\"",
                    "<option value=\"16\" selected=\"selected\">Sumatera Selatan</option>");
        assertThat(mvc.get().uri("/alumni?q=florist&region=16&cohort=7&lang=en").with(SARI)).hasStatusOk().bodyText()
            .contains("cohort 7", "1 items").doesNotContain("gelombang 7");
        verify(alumni, org.mockito.Mockito.times(2)).search(new AlumniQuery("florist", "16", 7), 200);
    }

    @Test
    void saysSoWhenNoRecordMatchesInIndonesianOrWithTheLanguageCookieInEnglish() {
        assertThat(mvc.get().uri("/alumni?q=tidak-ada").with(SARI)).hasStatusOk().bodyText()
            .contains("Belum ada alumni yang cocok.");
        assertThat(mvc.get().uri("/alumni?q=tidak-ada").cookie(new Cookie("cerita-lang", "en")).with(SARI))
            .hasStatusOk().bodyText().contains("No alumni match.");
    }

    @Test
    void showsTheProfileWithContactDetailsTheRegionsNameAndTheConsentInForceToday() {
        Alumnus fitri = AlumniExamples.alumnus("Fitri Handayani", "15.71", 7);
        AlumniExamples.consent(fitri, EnumSet.of(ConsentScope.NAME, ConsentScope.PRESS), LocalDate.parse("2024-06-05"),
                "Formulir JMB-7");
        given(alumni.require(fitri.id())).willReturn(fitri);
        given(regions.find(RegionCode.of("15.71")))
            .willReturn(Optional.of(new Region("15.71", "Kota Jambi", RegionType.CITY, "15", false, 0)));

        assertThat(mvc.get().uri("/alumni/{id}", fitri.id()).with(SARI)).hasStatusOk().hasViewName("alumni/profile")
            .bodyText()
            .contains("<h1>Fitri Handayani</h1>", "Kota Jambi", "0812-7000-1111", "Formulir JMB-7", "Berlaku",
                    "Media/pers: ya", "Rabu, 5 Juni 2024", "tanpa batas")
            .doesNotContain("Tarik persetujuan", "Gabungkan data ganda");
        assertThat(mvc.get().uri("/alumni/{id}?lang=en", fitri.id()).with(SARI)).hasStatusOk().bodyText()
            .contains("In force", "Press: yes", "Wednesday, 5 June 2024", "no end date");
    }

    @Test
    void letsAnEditorWithdrawAConsentAndMergeADuplicateFromTheProfile() {
        Alumnus fitri = AlumniExamples.alumnus("Fitri Handayani", "15.71", 7);
        AlumniExamples.consent(fitri, EnumSet.of(ConsentScope.NAME), LocalDate.parse("2024-06-05"), "Formulir JMB-7");
        Alumnus duplicate = AlumniExamples.alumnus("Fitri H.", "15.71", 7);
        given(alumni.require(fitri.id())).willReturn(fitri);
        given(alumni.all()).willReturn(List.of(fitri, duplicate));

        assertThat(mvc.get().uri("/alumni/{id}", fitri.id()).with(BUDI)).hasStatusOk().bodyText()
            .contains("Tarik persetujuan", "Gabungkan data ganda", "<option value=\"" + duplicate.id() + "\"");
    }

    @Test
    void sendsAMergedRecordsAddressOnToTheRecordItWasMergedInto() {
        Alumnus survivor = AlumniExamples.alumnus("Fitri Handayani", "15.71", 7);
        Alumnus merged = AlumniExamples.alumnus("Fitri H.", "15.71", 7);
        org.springframework.test.util.ReflectionTestUtils.setField(merged, "mergedInto", survivor.id().value());
        given(alumni.require(merged.id())).willReturn(merged);

        assertThat(mvc.get().uri("/alumni/{id}", merged.id()).with(SARI)).hasStatus(HttpStatus.FOUND)
            .hasRedirectedUrl("/alumni/" + survivor.id());
    }

    @Test
    void showsARefusedRegistrationAgainWithTheFieldsMessageInTheReadersLanguageWithoutRegistering() {
        assertThat(mvc.post().uri("/alumni").with(SARI).with(csrf()).param("fullName", " ").param("regionCode", "16.74")
                .param("cohort", "7").param("businessName", "Florist Lubuklinggau"))
            .hasStatusOk().hasViewName("alumni/form").bodyText()
            .contains("Isi nama lengkap (paling panjang 200 huruf).", "value=\"Florist Lubuklinggau\"");
        assertThat(mvc.post().uri("/alumni?lang=en").with(SARI).with(csrf()).param("fullName", "Rahmawati Lubis")
                .param("regionCode", "16.74").param("cohort", "0"))
            .hasStatusOk().hasViewName("alumni/form").bodyText()
            .contains("The cohort must be a number from 1.", "value=\"Rahmawati Lubis\"");
        verify(alumni, never()).register(any());
    }

    @Test
    void registersAGoodFormAndShowsTheNewRecord() {
        Alumnus registered = AlumniExamples.alumnus("Rahmawati Lubis", "16.74", 7);
        AlumnusDetails details = new AlumnusDetails("Rahmawati Lubis", 7, "16.74", "Florist Lubuklinggau", null,
                "0812-7000-1111", null);
        given(alumni.register(details)).willReturn(registered);

        assertThat(mvc.post().uri("/alumni").with(SARI).with(csrf()).param("fullName", "Rahmawati Lubis")
                .param("regionCode", "16.74").param("cohort", "7").param("businessName", "Florist Lubuklinggau")
                .param("occupation", "").param("phone", "0812-7000-1111").param("email", ""))
            .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/alumni/" + registered.id())
            .flash().containsEntry("notice", "Data Rahmawati Lubis disimpan.");
        verify(alumni).possibleDuplicates(details, null);
        verify(alumni).register(details);
    }

    @Test
    void keepsTheRecordsFromJournalistsAnonymousVisitorsAndFormsWithoutTheCsrfToken() {
        assertThat(mvc.get().uri("/alumni")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/alumni/{id}", AlumnusId.random()).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/alumni").with(SARI).param("fullName", "Tanpa token").param("regionCode", "16.74"))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/alumni").with(user("wartawan").roles("JOURNALIST")).with(csrf())
                .param("fullName", "Dari wartawan").param("regionCode", "16.74"))
            .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(alumni);
    }
}
