package id.cerita.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.MediaId;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.media.MediaExamples;
import id.cerita.media.PublicationProblem;
import id.cerita.media.StoryImageLinks;
import id.cerita.web.ApiSlice;

/** A story's lead image and gallery over the API: the JSON, the bodies, the refusals, and who may change them. */
@WebMvcTest(StoryImagesApiController.class)
@ApiSlice
class StoryImagesApiControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StoryImageLinks links;

    @Test
    void answersTheLeadImageTheGalleryAndWhatStopsPublishingWithIdsAsPlainUuids() {
        StoryId story = StoryId.random();
        MediaId lead = MediaId.random();
        MediaId gallery = MediaId.random();
        given(links.of(story)).willReturn(MediaExamples.images(story, lead, gallery));
        given(links.problemsBeforePublishing(story)).willReturn(List.of(new PublicationProblem(gallery,
                "media.alt-text-missing", "Gambar \"donat.jpg\" belum punya teks alternatif (alt text).")));

        assertThat(mvc.get().uri("/api/stories/{id}/images", story.value()).with(user("admin").roles("ADMIN")))
            .hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo("""
                {"storyId": "%s", "lead": "%s", "gallery": ["%s"],
                 "publicationProblems": [{"mediaId": "%s", "code": "media.alt-text-missing",
                                          "message": "Gambar \\"donat.jpg\\" belum punya teks alternatif (alt text)."}]}"""
                .formatted(story.value(), lead.value(), gallery.value(), gallery.value()));
    }

    @Test
    void answersAStoryWithoutImagesWithNoLeadAndAnEmptyGallery() {
        StoryId story = StoryId.random();
        given(links.of(story)).willReturn(MediaExamples.images(story, null));

        assertThat(mvc.get().uri("/api/stories/{id}/images", story).with(SARI)).hasStatusOk().bodyJson()
            .isStrictlyEqualTo("""
                {"storyId": "%s", "lead": null, "gallery": [], "publicationProblems": []}""".formatted(story));
    }

    @Test
    void choosesTheLeadImageOfTheBodyAndAnswersTheImagesAsTheyAreNow() {
        StoryId story = StoryId.random();
        MediaId lead = MediaId.random();
        given(links.chooseLead(story, lead, "sari")).willReturn(MediaExamples.images(story, lead));

        assertThat(mvc.put().uri("/api/stories/{id}/images/lead", story).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"mediaId\": \"%s\"}".formatted(lead)))
            .hasStatusOk().bodyJson().extractingPath("$.lead").isEqualTo(lead.toString());
        verify(links).chooseLead(story, lead, "sari");
    }

    @Test
    void refusesABodyWithoutAnImageOrWithAMalformedOneNamingTheField() {
        StoryId story = StoryId.random();

        assertThat(mvc.put().uri("/api/stories/{id}/images/lead", story).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("mediaId"));
        assertThat(mvc.post().uri("/api/stories/{id}/images/gallery", story).with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"mediaId\": \"donat.jpg\"}"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("mediaId"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verifyNoInteractions(links);
    }

    @Test
    void answersAFullGalleryWithAFieldProblemInTheCallersLanguage() {
        StoryId story = StoryId.random();
        MediaId image = MediaId.random();
        given(links.addToGallery(story, image, "sari")).willThrow(new InvalidFieldException("gallery", "gallery.full",
                "Galeri sudah berisi 40 gambar, batasnya; keluarkan satu dulu.", 40));

        assertThat(mvc.post().uri("/api/stories/{id}/images/gallery", story).with(SARI)
                .contentType(MediaType.APPLICATION_JSON).content("{\"mediaId\": \"%s\"}".formatted(image)))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .isLenientlyEqualTo("""
                {"code": "gallery.full", "detail": "Galeri sudah berisi 40 gambar, batasnya; keluarkan satu dulu.",
                 "errors": [{"field": "gallery", "code": "gallery.full"}]}""");
        assertThat(mvc.post().uri("/api/stories/{id}/images/gallery", story).with(SARI).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"mediaId\": \"%s\"}".formatted(image)))
            .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
            .isEqualTo("The gallery already holds 40 images, its limit; take one out first.");
    }

    @Test
    void removesAnImageFromTheStoryAndAnswersAnUnknownStoryWith404InTheCallersLanguage() {
        StoryId story = StoryId.random();
        StoryId unknown = StoryId.random();
        MediaId image = MediaId.random();
        given(links.remove(unknown, image, "sari"))
            .willThrow(new NotFoundException("story", "Cerita tidak ditemukan: " + unknown, unknown));

        assertThat(mvc.delete().uri("/api/stories/{id}/images/{media}", story, image).with(SARI))
            .hasStatus(HttpStatus.NO_CONTENT);
        verify(links).remove(story, image, "sari");

        assertThat(mvc.delete().uri("/api/stories/{id}/images/{media}", unknown, image).with(SARI))
            .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .extractingPath("$.detail").isEqualTo("Cerita tidak ditemukan: " + unknown + ".");
        assertThat(mvc.delete().uri("/api/stories/{id}/images/{media}", unknown, image).with(SARI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
            .extractingPath("$.detail").isEqualTo("Story not found: " + unknown + ".");
    }

    @Test
    void answersMalformedIdsInThePathWith400NamingTheParameter() {
        assertThat(mvc.get().uri("/api/stories/not-a-uuid/images").with(SARI)).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.type", type -> assertThat(type).asString().endsWith("/invalid-parameter"))
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("storyId"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("harus berupa UUID"));
        assertThat(mvc.delete().uri("/api/stories/{id}/images/donat.jpg", StoryId.random()).with(SARI)
                .header("Accept-Language", "en"))
            .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("mediaId"))
            .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains("a UUID"));
        verifyNoInteractions(links);
    }

    @Test
    void answersThePublicationCheckAlone() {
        StoryId story = StoryId.random();
        MediaId image = MediaId.random();
        given(links.problemsBeforePublishing(story)).willReturn(List.of(new PublicationProblem(image,
                "media.photo-consent-missing", "Vita tampil di gambar \"vita.jpg\" tanpa persetujuan foto yang berlaku.")));

        assertThat(mvc.get().uri("/api/stories/{id}/images/publication-check", story).with(SARI)).hasStatusOk()
            .bodyJson().isLenientlyEqualTo("""
                [{"mediaId": "%s", "code": "media.photo-consent-missing"}]""".formatted(image));
    }

    @Test
    void leavesChoosingImagesToAuthorsAndReadingThemToTheNewsroom() {
        StoryId story = StoryId.random();
        String body = "{\"mediaId\": \"%s\"}".formatted(MediaId.random());

        assertThat(mvc.put().uri("/api/stories/{id}/images/lead", story).with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/stories/{id}/images/gallery", story).with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/stories/{id}/images", story).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/stories/{id}/images", story)).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(links);
    }
}
