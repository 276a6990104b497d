package id.cerita.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.AlumnusId;
import id.cerita.common.MediaId;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.media.ContentHash;
import id.cerita.media.FocalPoint;
import id.cerita.media.ImagingBusy;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaDescription;
import id.cerita.media.MediaExamples;
import id.cerita.media.MediaInUseException;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.MediaLibrary.MediaRegistration;
import id.cerita.media.MediaQuery;
import id.cerita.media.MediaSummary;
import id.cerita.media.MediaUsage;
import id.cerita.media.UploadRejected;
import id.cerita.web.ApiSlice;

/** The media library over the API: uploads, what an image shows whom, bodies checked, refusals as problems, the newsroom only. */
@WebMvcTest(MediaApiController.class)
@ApiSlice
class MediaApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final byte[] JPEG = "\u00ff\u00d8\u00ff donat".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MediaIntake intake;

    @MockitoBean
    MediaLibrary library;

    @Test
    void showsAnImageWithItsUsesAndFileAddressesAndTheCameraDataToAdministratorsOnly() {
        MediaAsset image = MediaExamples.image("donat.jpg");
        StoryId story = StoryId.random();
        given(library.require(image.id())).willReturn(image);
        given(library.usages(image.id())).willReturn(List.of(new MediaUsage(image.id(), story,
                "Donat Hujaipah di Jambi", "donat-hujaipah-di-jambi", MediaUsage.Role.LEAD)));
        String base = "/api/media/" + image.id().value();

        assertThat(mvc.get().uri("/api/media/{id}", image.id().value()).with(SARI)).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_JSON).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "format": "JPEG", "width": 1600, "height": 1200, "originalFilename": "donat.jpg",
                 "focalPoint": {"x": 0.5, "y": 0.5}, "version": 3, "uploadedBy": "sari",
                 "usedBy": [{"mediaId": "%s", "storyId": "%s", "role": "LEAD"}],
                 "files": {"derivative": "%s/files/{name}.{ext}?v=3", "pressRendition": "%s/press.jpg",
                           "original": "%s/original"},
                 "originalMetadata": null}""".formatted(image.id().value(), image.id().value(), story.value(), base,
                    base, base));
        assertThat(mvc.get().uri("/api/media/{id}", image.id()).with(user("admin").roles("ADMIN"))).hasStatusOk()
            .bodyJson().extractingPath("$.originalMetadata").isEqualTo("Kamera: Pixel 7; GPS: -0.54, 123.06");
    }

    @Test
    void searchesTheLibraryWithTheFilterAndPersonGivenAndNamesAnUnknownFilter() {
        AlumnusId person = AlumnusId.random();
        MediaId found = MediaId.random();
        MediaQuery query = new MediaQuery("donat", MediaQuery.Show.MISSING_ALT_TEXT, person, 20);
        given(library.search(query)).willReturn(List.of(new MediaSummary(found, ContentHash.of(JPEG), 1600, 1200,
                "donat.jpg", null, null, null, MediaExamples.NOW, 3, 0)));

        assertThat(mvc.get().uri("/api/media?q=donat&show=MISSING_ALT_TEXT&person={person}&limit=20", person)
                .with(SARI)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    [{"id": "%s", "originalFilename": "donat.jpg", "version": 3, "uses": 0}]""".formatted(found.value()));
        verify(library).search(query);

        assertThat(mvc.get().uri("/api/media?show=BLURRY").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("show"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString()
                .contains("ALL, MISSING_ALT_TEXT, UNUSED, USED"));
        assertThat(mvc.get().uri("/api/media?person=sari").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("person"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("UUID"));
    }

    @Test
    void answersAMalformedIdInThePathWith400ProblemDetailSayingAUuidIsExpected() {
        assertThat(mvc.get().uri("/api/media/not-a-uuid").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("id"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.delete().uri("/api/media/not-a-uuid").header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Invalid parameter"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verifyNoInteractions(library);
    }

    @Test
    void answersAnUnknownImageWith404InTheCallersLanguage() {
        MediaId unknown = MediaId.random();
        given(library.require(unknown)).willThrow(new NotFoundException("media", "Gambar tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.get().uri("/api/media/{id}", unknown).with(SARI)).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Tidak ditemukan"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Gambar tidak ditemukan: " + unknown + "."));
        assertThat(mvc.get().uri("/api/media/{id}", unknown).header("Accept-Language", "en").with(SARI))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Not found"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).isEqualTo("Image not found: " + unknown + "."));
    }

    @Test
    void uploadsAFileAs201AndAnswers200WhenTheSameBytesAreAlreadyInTheLibrary() {
        MediaAsset image = MediaExamples.image("donat.jpg");
        given(intake.accept(JPEG, "image/jpeg", "donat.jpg", "sari"))
            .willReturn(new MediaRegistration(image, true), new MediaRegistration(image, false));
        MockMultipartFile file = new MockMultipartFile("file", "donat.jpg", "image/jpeg", JPEG);

        assertThat(mvc.post().uri("/api/media").with(SARI).multipart().file(file)).hasStatus(HttpStatus.CREATED)
            .hasHeader(HttpHeaders.LOCATION, "/api/media/" + image.id()).bodyJson()
            .hasPathSatisfying("$.id", id -> assertThat(id).isEqualTo(image.id().toString()))
            .hasPathSatisfying("$.usedBy", usedBy -> assertThat(usedBy).asArray().isEmpty());
        assertThat(mvc.post().uri("/api/media").with(SARI).multipart().file(file)).hasStatusOk()
            .bodyJson().extractingPath("$.id").isEqualTo(image.id().toString());
    }

    @Test
    void answersARefusedUploadWithItsReasonInTheCallersLanguage() {
        given(intake.accept(any(), any(), eq("logo.svg"), any())).willThrow(new UploadRejected(
                UploadRejected.Reason.SVG_REFUSED, "svg",
                "SVG tidak diterima karena dapat memuat skrip. Unggah JPEG, PNG atau WebP."));
        MockMultipartFile svg = new MockMultipartFile("file", "logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post().uri("/api/media").with(SARI).multipart().file(svg))
            .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/upload-svg-refused", "reason": "SVG_REFUSED",
                 "title": "SVG tidak diterima",
                 "detail": "SVG tidak diterima karena dapat memuat skrip. Unggah JPEG, PNG atau WebP."}""");
        assertThat(mvc.post().uri("/api/media").with(SARI).header("Accept-Language", "en").multipart().file(svg))
            .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE).bodyJson().isLenientlyEqualTo("""
                {"title": "SVG not accepted",
                 "detail": "SVG is not accepted because it can carry scripts. Upload JPEG, PNG or WebP."}""");
    }

    @Test
    void answersBusyImagingWith503AndRetryAfter() {
        given(intake.accept(any(), any(), any(), any())).willThrow(new ImagingBusy("memory",
                "Server sedang memproses gambar besar lain (300 dari 512 MiB terpakai); coba lagi sebentar lagi.",
                Duration.ofSeconds(5), 300, 512));

        assertThat(mvc.post().uri("/api/media").with(SARI).header("Accept-Language", "en").multipart()
                .file(new MockMultipartFile("file", "besar.jpg", "image/jpeg", JPEG)))
            .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .hasHeader(HttpHeaders.RETRY_AFTER, "5").bodyJson().isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/imaging-busy", "title": "Server busy processing images",
                 "detail": "The server is processing other large images (300 of 512 MiB in use); try again in a moment.",
                 "retryAfterSeconds": 5}""");
    }

    @Test
    void describesAnImageWithTheVersionReadAndRefusesABodyWithoutIt() {
        MediaAsset image = MediaExamples.image("donat.jpg");
        AlumnusId person = AlumnusId.random();
        MediaDescription description = new MediaDescription("Donat kentang di etalase", null, "Sari", null,
                Set.of(person));
        given(library.describe(image.id(), 3, description, "sari")).willReturn(image);

        assertThat(mvc.put().uri("/api/media/{id}/description", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"version": 3, "altText": "Donat kentang di etalase", "credit": " Sari ",
                     "peopleShown": ["%s"]}""".formatted(person)))
            .hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(image.id().toString());
        verify(library).describe(image.id(), 3, description, "sari");

        assertThat(mvc.put().uri("/api/media/{id}/description", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"altText\": \"Tanpa versi\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("version"));
        assertThat(mvc.put().uri("/api/media/{id}/description", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 3, \"altText\": \"%s\"}"
                    .formatted("a".repeat(501))))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("altText"));
        assertThat(mvc.put().uri("/api/media/{id}/description", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 3, \"peopleShown\": [\"Vita\"]}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().startsWith("peopleShown"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("UUID"));
        verify(library).describe(any(), anyLong(), any(), any());
    }

    @Test
    void answersADescriptionOfAnOutdatedVersionWithConflict() {
        MediaId id = MediaId.random();
        given(library.describe(eq(id), eq(2L), any(), eq("sari")))
            .willThrow(new OptimisticLockingFailureException("media " + id + " was changed since version 2"));

        assertThat(mvc.put().uri("/api/media/{id}/description", id).with(SARI).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 2, \"altText\": \"Donat\"}"))
            .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/stale-version"));
    }

    @Test
    void movesTheFocalPointWithinTheImageOnly() {
        MediaAsset image = MediaExamples.image("donat.jpg");
        given(library.moveFocalPoint(image.id(), new FocalPoint(0.3, 0.7), "sari")).willReturn(image);

        assertThat(mvc.put().uri("/api/media/{id}/focal-point", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"x\": 0.3, \"y\": 0.7}"))
            .hasStatusOk();
        verify(library).moveFocalPoint(image.id(), new FocalPoint(0.3, 0.7), "sari");

        assertThat(mvc.put().uri("/api/media/{id}/focal-point", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"x\": 1.5, \"y\": 0.2}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("x"));
        assertThat(mvc.put().uri("/api/media/{id}/focal-point", image.id()).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"x\": 0.5}"))
            .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("y"));
        verify(library).moveFocalPoint(any(), any(), any());
    }

    @Test
    void deletesAnUnusedImageAndRefusesOneAStoryUsesNamingTheStoriesInTheCallersLanguage() {
        MediaId unused = MediaId.random();
        MediaId used = MediaId.random();
        StoryId story = StoryId.random();
        willThrow(new MediaInUseException(List.of(new MediaUsage(used, story, "Donat Hujaipah di Jambi",
                "donat-hujaipah-di-jambi", MediaUsage.Role.GALLERY)))).given(library).delete(used, "sari");

        assertThat(mvc.delete().uri("/api/media/{id}", unused).with(SARI)).hasStatus(HttpStatus.NO_CONTENT);
        verify(library).delete(unused, "sari");

        assertThat(mvc.delete().uri("/api/media/{id}", used).with(SARI)).hasStatus(HttpStatus.CONFLICT)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                {"type": "https://cerita.id/problems/media-in-use", "title": "Gambar sedang dipakai",
                 "detail": "Gambar ini dipakai oleh 1 cerita; lepaskan dulu dari cerita tersebut sebelum menghapusnya.",
                 "usedBy": [{"storyId": "%s", "storyTitle": "Donat Hujaipah di Jambi", "role": "GALLERY"}]}"""
                .formatted(story));
        assertThat(mvc.delete().uri("/api/media/{id}", used).with(SARI).header("Accept-Language", "en"))
            .hasStatus(HttpStatus.CONFLICT).bodyJson()
            .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Image in use"))
            .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().startsWith("This image is used by 1 "));
    }

    @Test
    void keepsTheLibraryFromJournalistsAndAnonymousCallers() {
        MediaId id = MediaId.random();
        assertThat(mvc.get().uri("/api/media")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/media/{id}", id).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.delete().uri("/api/media/{id}", id).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/media").with(user("wartawan").roles("JOURNALIST")).multipart()
                .file(new MockMultipartFile("file", "donat.jpg", "image/jpeg", JPEG)))
            .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(library, intake);
    }
}
