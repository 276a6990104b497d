package id.cerita.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.RegionType;
import id.cerita.region.Regions;
import id.cerita.web.ApiSlice;

/** Provinces and regencies over the API, for everyone signed in: the JSON, the province lookup, the refusals. */
@WebMvcTest(RegionApiController.class)
@ApiSlice
class RegionApiControllerSliceTests {

    private static final UserRequestPostProcessor JOURNALIST = user("wartawan").roles("JOURNALIST");
    private static final Region GORONTALO = new Region("75", "Gorontalo", RegionType.PROVINCE, null, true, 0);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Regions regions;

    @Test
    void listsTheProvincesWithTheirCodesAndFlags() {
        given(regions.provinces()).willReturn(List.of(GORONTALO));

        assertThat(mvc.get().uri("/api/regions").with(JOURNALIST)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"code": "75", "name": "Gorontalo", "type": "PROVINCE", "tertinggal": true, "outermostIslands": 0}]""");
    }

    @Test
    void listsTheRegenciesOfTheProvinceOfTheCodeGiven() {
        Region city = new Region("75.71", "Kota Gorontalo", RegionType.CITY, "75", false, 0);
        given(regions.find(RegionCode.of("75"))).willReturn(Optional.of(GORONTALO));
        given(regions.regenciesOf(RegionCode.of("75"))).willReturn(List.of(city));

        assertThat(mvc.get().uri("/api/regions/75.71/regencies").with(JOURNALIST)).hasStatusOk().bodyJson()
            .isLenientlyEqualTo("""
                [{"code": "75.71", "name": "Kota Gorontalo", "type": "CITY", "provinceCode": "75"}]""");
        verify(regions).regenciesOf(RegionCode.of("75"));
    }

    @Test
    void answersAnUnknownProvinceWith404() {
        given(regions.find(RegionCode.of("99"))).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/regions/99/regencies").with(JOURNALIST)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("99"));
    }

    @Test
    void answersAMalformedCodeWithAFieldProblemInTheCallersLanguage() {
        assertThat(mvc.get().uri("/api/regions/gorontalo/regencies").with(JOURNALIST).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.code", code -> assertThat(code).isEqualTo("region.format"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("gorontalo")
                .doesNotContain("Kode wilayah"));
        verifyNoInteractions(regions);
    }

    @Test
    void answersOnlySignedInCallers() {
        assertThat(mvc.get().uri("/api/regions")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(regions);
    }
}
