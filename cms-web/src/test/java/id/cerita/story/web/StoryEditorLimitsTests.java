package id.cerita.story.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.cerita.story.StoryLimits;
import id.cerita.testsupport.TestDatabases;

/** The story editor shows the domain's maxima and names a refused control character in the user's language. */
@SpringBootTest
@AutoConfigureMockMvc
class StoryEditorLimitsTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void showsTheMaximaOfTheDomainAsMaxlength() {
        assertThat(mvc.get().uri("/stories/new").with(user("sari").roles("WRITER"))).hasStatusOk().bodyText()
            .contains("id=\"f-title\"", "maxlength=\"" + StoryLimits.TITLE + "\"")
            .contains("maxlength=\"" + StoryLimits.QUOTE_TEXT + "\"", "maxlength=\"" + StoryLimits.SOURCE_URL + "\"");
    }

    @Test
    void namesAControlCharacterInTheTitleInIndonesianAndInEnglish() {
        for (String[] language : new String[][] {{"id", "tidak boleh memuat karakter kendali"},
                {"en", "must not contain control characters"}}) {
            assertThat(mvc.post().uri("/stories?lang=" + language[0]).with(user("sari").roles("WRITER")).with(csrf())
                    .param("language", "ID").param("title", "Judul\u0007berbunyi").param("summary", "Ringkasan")
                    .param("body", "Isi").param("regionCode", "75.71"))
                .hasStatusOk().bodyText().contains("id=\"e-title\"", language[1]);
        }
    }
}
