package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumnusDetails;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;

/**
 * Text and list limits of what editors type, enforced in the domain and reported per field; run on H2 and on
 * PostgreSQL (which cannot store U+0000 at all) by the two subclasses. Media descriptions: MediaLibraryIntegrationTests.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
abstract class InputLimitsIntegrationTests {

    private Stories stories;
    private Alumni alumni;
    private StoryFixtures fixtures;

    @BeforeEach
    void wire(@Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        this.stories = stories;
        this.alumni = alumni;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    @Test
    void refusesATitleWithANulCharacterAsAFieldError() {
        StoryContent content = with(fixtures.content("Judul\u0000dengan NUL"), null);

        assertThatThrownBy(() -> fixtures.aDraft(content)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(fields(e)).containsExactly("title"));
    }

    @Test
    void refusesControlCharactersInQuotesButKeepsLineBreaksAndTabsInMultiLineText() {
        StoryContent base = fixtures.content("Cerita dengan kutipan berbaris");
        StoryContent bell = with(base, List.of(new Quote("Kata\u0007kata", "Vita", null)));
        StoryContent lines = new StoryContent(base.language(), base.title(), null, "Baris satu\r\nbaris dua",
                "Paragraf satu.\n\n\tParagraf dua.", base.alumnusId(), base.regionCode(), null, base.courseIds(),
                base.themeCodes(), List.of(new Quote("Baris satu\nbaris dua", "Vita", null)), base.outcomes(),
                base.sources());

        assertThatThrownBy(() -> fixtures.aDraft(bell)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(fields(e)).containsExactly("quotes[0].text"));
        Story kept = fixtures.aDraft(lines);
        assertThat(stories.require(kept.id()).content().body()).isEqualTo("Paragraf satu.\n\n\tParagraf dua.");
    }

    @Test
    void refusesMoreQuotesThanTheLimit() {
        List<Quote> quotes = Collections.nCopies(2_000, new Quote("x".repeat(2_000), "Vita", null));
        StoryContent flood = with(fixtures.content("Cerita dengan dua ribu kutipan"), quotes);

        assertThatThrownBy(() -> fixtures.aDraft(flood)).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(fields(e)).containsExactly("quotes"));
        StoryContent most = with(fixtures.content("Cerita dengan kutipan terbanyak"),
                Collections.nCopies(StoryLimits.QUOTES, new Quote("Kutipan", "Vita", null)));
        assertThat(fixtures.aDraft(most).content().quotes()).hasSize(StoryLimits.QUOTES);
    }

    @Test
    void refusesControlCharactersInAnAlumnusName() {
        assertThatThrownBy(() -> StoryFixtures.as(StoryFixtures.EDITOR, id.cerita.user.Role.EDITOR,
                () -> alumni.register(new AlumnusDetails("Vita\u0000", 2024, "75.71", null, null))))
            .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(fields(e)).containsExactly("fullName"));
    }

    private static StoryContent with(StoryContent c, List<Quote> quotes) {
        return new StoryContent(c.language(), c.title(), c.slug(), c.summary(), c.body(), c.alumnusId(), c.regionCode(),
                c.gatheringId(), c.courseIds(), c.themeCodes(), quotes == null ? c.quotes() : quotes, c.outcomes(), c.sources());
    }

    /** "create.content.quotes[0].text" → "quotes[0].text", as the web layer names the field. */
    private static List<String> fields(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .map(path -> path.substring(path.indexOf('.', path.indexOf('.') + 1) + 1)).toList();
    }
}
