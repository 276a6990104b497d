package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import id.cerita.alumni.Alumni;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StoryId;
import id.cerita.consent.web.ConsentSummaries;
import id.cerita.course.Courses;
import id.cerita.gathering.Gatherings;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.RegionType;
import id.cerita.region.Regions;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryExamples;
import id.cerita.story.StoryListing;
import id.cerita.theme.Themes;
import id.cerita.web.PageSlice;

/**
 * The story editor with the story and reference data services mocked: a new form, an existing story's fields filled
 * in, a refused save shown again with the field's message in the reader's language, a good save sent on to the
 * story, and writers and editors only.
 */
@WebMvcTest(StoryPagesController.class)
@PageSlice
@Import({ EditorChoices.class, FormErrors.class })
class StoryPagesControllerSliceTests {

    private static final UserRequestPostProcessor SARI = user("sari").roles("WRITER");
    private static final String TITLE = "Vita membuka jasa rias di Gorontalo";

    @Autowired
    MockMvcTester mvc;

    @Autowired // a mock, from PageSlice
    Stories stories;

    @MockitoBean
    StoryListing listing;

    @MockitoBean
    Regions regions;

    @MockitoBean
    Themes themes;

    @MockitoBean
    Courses courses;

    @MockitoBean
    Alumni alumni;

    @MockitoBean
    Gatherings gatherings;

    @MockitoBean(name = "consentSummaries")
    ConsentSummaries summaries;

    private Story stored() {
        Story story = StoryExamples.draft(TITLE, "sari", 3);
        given(stories.find(story.id())).willReturn(Optional.of(story));
        given(regions.provinces()).willReturn(List.of(new Region("75", "Gorontalo", RegionType.PROVINCE, "75", false, 0)));
        given(regions.regenciesOf(RegionCode.of("75")))
            .willReturn(List.of(new Region("75.71", "Kota Gorontalo", RegionType.CITY, "75", false, 0)));
        return story;
    }

    private MockMvcRequestBuilder save(Story story, String title) {
        return mvc.post().uri("/stories/{id}", story.id()).with(SARI).with(csrf()).param("version", "3")
            .param("language", "ID").param("title", title).param("slug", "").param("summary", "Ringkasan")
            .param("body", "Paragraf satu.").param("regionCode", "75.71");
    }

    @Test
    void opensAnEmptyEditorForANewStoryThatPostsToTheStories() {
        assertThat(mvc.get().uri("/stories/new").with(SARI)).hasStatusOk().hasViewName("story/editor").bodyText()
            .contains("<h1>Cerita baru</h1>", "action=\"/stories\"", "id=\"f-title\"", "name=\"title\" value=\"\"",
                    "name=\"_csrf\"")
            .doesNotContain("id=\"error-summary\"");
        assertThat(mvc.get().uri("/stories/new?lang=en").with(SARI)).hasStatusOk().bodyText()
            .contains("<h1>New story</h1>");
    }

    @Test
    void fillsTheEditorFromTheStoredStoryWithTheVersionItWasReadAt() {
        Story story = stored();

        assertThat(mvc.get().uri("/stories/{id}", story.id()).with(SARI)).hasStatusOk().hasViewName("story/editor")
            .bodyText()
            .contains("<h1>Sunting: " + TITLE + "</h1>", "action=\"/stories/" + story.id() + "\"",
                    "name=\"version\" value=\"3\"", "name=\"title\" value=\"" + TITLE + "\"",
                    "value=\"vita-membuka-jasa-rias-di-gorontalo\"", "Ringkasan</textarea>", "Paragraf satu.",
                    "<option value=\"75.71\" selected=\"selected\">Kota Gorontalo</option>");
        assertThat(mvc.get().uri("/stories/{id}", story.id()).cookie(new Cookie("cerita-lang", "en")).with(SARI))
            .hasStatusOk().bodyText().contains("<h1>Edit: " + TITLE + "</h1>");
    }

    @Test
    void answers404ForAStoryThatIsNotThere() {
        assertThat(mvc.get().uri("/stories/{id}", StoryId.random()).with(SARI)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void showsARefusedSaveAgainWithTheFieldsMessageInTheReadersLanguageKeepingWhatWasTyped() {
        Story story = stored();
        given(stories.save(eq(story.id()), eq(3L), any(), eq("sari"))).willThrow(new InvalidFieldException("regionCode",
                "region.not-regency", "Pilih kabupaten atau kota, bukan provinsi: 75", "75"));

        assertThat(save(story, "Judul yang diketik Sari")).hasStatusOk().hasViewName("story/editor").bodyText()
            .contains("id=\"error-summary\"", "Periksa isian berikut:",
                    "Kabupaten/kota: Pilih kabupaten atau kota, bukan provinsi: 75.",
                    "name=\"title\" value=\"Judul yang diketik Sari\"");
        assertThat(save(story, "Judul yang diketik Sari").cookie(new Cookie("cerita-lang", "en"))).hasStatusOk()
            .bodyText().contains("Please check the following:", "Regency/city: Choose a regency or city, not a province: 75.")
            .doesNotContain("bukan provinsi");
    }

    @Test
    void showsAValueThatCannotBeReadAgainWithoutSaving() {
        Story story = stored();

        assertThat(save(story, TITLE).param("outcomes[0].kind", "MONTHLY_REVENUE").param("outcomes[0].amount", "banyak sekali"))
            .hasStatusOk().hasViewName("story/editor").bodyText().contains("„banyak sekali“ tidak dapat dibaca.");
        verify(stories, never()).save(any(), anyLong(), any(), any());
    }

    @Test
    void savesAGoodFormAtTheVersionItWasReadAtAndGoesBackToTheStory() {
        Story story = stored();
        given(stories.save(eq(story.id()), eq(3L), any(), eq("sari"))).willReturn(story);

        assertThat(save(story, "Vita dan jasa riasnya")).hasStatus(HttpStatus.FOUND)
            .hasRedirectedUrl("/stories/" + story.id()).flash().containsEntry("notice", "Cerita tersimpan.");

        ArgumentCaptor<StoryContent> content = ArgumentCaptor.captor();
        verify(stories).save(eq(story.id()), eq(3L), content.capture(), eq("sari"));
        assertThat(content.getValue()).extracting(StoryContent::title, StoryContent::summary, StoryContent::body,
                StoryContent::regionCode, StoryContent::slug)
            .containsExactly("Vita dan jasa riasnya", "Ringkasan", "Paragraf satu.", "75.71", null);
    }

    @Test
    void createsANewStoryFromTheFormAndOpensIt() {
        Story created = StoryExamples.draft("Donat Hujaipah di Jambi", "sari", 0);
        given(stories.create(any(), eq(null), eq("sari"))).willReturn(created);

        assertThat(mvc.post().uri("/stories?lang=en").with(SARI).with(csrf()).param("language", "ID")
                .param("title", "Donat Hujaipah di Jambi").param("summary", "Ringkasan").param("regionCode", "15.71"))
            .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/stories/" + created.id())
            .flash().containsEntry("notice", "Story saved.");
        ArgumentCaptor<StoryContent> content = ArgumentCaptor.captor();
        verify(stories).create(content.capture(), eq(null), eq("sari"));
        assertThat(content.getValue().title()).isEqualTo("Donat Hujaipah di Jambi");
    }

    @Test
    void keepsTheEditorFromJournalistsAdminsAnonymousVisitorsAndFormsWithoutTheCsrfToken() {
        Story story = stored();

        assertThat(mvc.get().uri("/stories/new")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/stories/{id}", story.id()).with(user("wartawan").roles("JOURNALIST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/stories/{id}", story.id()).with(SARI).param("version", "3").param("title", "Tanpa token"))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/stories/{id}", story.id()).with(user("admin").roles("ADMIN")).with(csrf())
                .param("version", "3").param("title", "Dari admin"))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/stories").with(user("wartawan").roles("JOURNALIST")).with(csrf())
                .param("title", "Dari wartawan"))
            .hasStatus(HttpStatus.FORBIDDEN);
        verify(stories, never()).save(any(), anyLong(), any(), any());
        verify(stories, never()).create(any(), any(), any());
    }
}
