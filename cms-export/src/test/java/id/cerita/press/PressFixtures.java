package id.cerita.press;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Language;
import id.cerita.story.Quote;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;

/** Stories for press kit tests, made through the real services and transitions (create, submit, approve, publish). */
public class PressFixtures {

    public static final String HEADLINE = "Dari Kamar Rias ke Panggung Pengantin: Vita Menata Usaha di Gorontalo";

    private final Stories stories;
    private final StoryFixtures fixtures;

    public PressFixtures(Stories stories, Courses courses, Alumni alumni) {
        this.stories = stories;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    /** A published story about an alumnus who consented to everything. */
    public Story aPublishedStory() {
        return SystemActor.call(() -> publish(content(HEADLINE, EnumSet.allOf(ConsentScope.class)), null));
    }

    /** The body of {@link #aPublishedStoryWithATable()}: a subheading, a list, a quote and a table of figures. */
    public static final String BODY_WITH_TABLE = """
            Vita lulus kuliah saat pandemi.

            ## Omzet dari tahun ke tahun

            | Tahun | Pesanan | Omzet |
            |---|--:|--:|
            | 2022 | 12 | Rp3.600.000 |
            | 2024 | 85 | Rp42.500.000 |

            Yang ia pelajari:

            - memotret hasil rias
            - membalas pesan pelanggan

            > Media sosial mengubah usaha saya.
            """;

    /** A published story whose body holds a table, a list, a quote and a subheading. */
    public Story aPublishedStoryWithATable() {
        return SystemActor.call(() -> {
            StoryContent base = content(HEADLINE, EnumSet.allOf(ConsentScope.class));
            return publish(withBody(base, BODY_WITH_TABLE), null);
        });
    }

    /** A published story with the given Markdown body. */
    public Story aPublishedStoryWithBody(String body) {
        return SystemActor.call(() -> publish(withBody(content(HEADLINE, EnumSet.allOf(ConsentScope.class)), body), null));
    }

    private static StoryContent withBody(StoryContent base, String body) {
        return new StoryContent(base.language(), base.title(), null, base.summary(), body, base.alumnusId(),
                base.regionCode(), null, base.courseIds(), base.themeCodes(), base.quotes(), base.outcomes(),
                base.sources());
    }

    /** A draft: written, never published. */
    public Story aDraft() {
        return SystemActor.call(() -> stories.create(content("Draf: " + HEADLINE, EnumSet.allOf(ConsentScope.class)), null,
                StoryFixtures.WRITER));
    }

    /** A published story whose alumnus consented only to the listed scopes. */
    public Story aPublishedStoryWithConsent(Set<ConsentScope> scopes) {
        return SystemActor.call(() -> publish(content(HEADLINE, scopes), null));
    }

    /** The English version of a story, published as its translation. */
    public Story anEnglishTranslationOf(Story story) {
        StoryContent id = story.content();
        StoryContent en = new StoryContent(Language.EN, "From Bedroom Studio to Wedding Stage: Vita's Make-up Business",
                null, "How an online course turned a home make-up hobby into a business in Gorontalo.",
                "Vita graduated during the pandemic.\n\nShe took a **digital marketing course**.", id.alumnusId(),
                id.regionCode(), null, id.courseIds(), id.themeCodes(),
                List.of(new Quote("I learnt to sell my services on social media.", "Vita", "Make-up artist")),
                List.of(), List.of());
        return SystemActor.call(() -> publish(en, story.id()));
    }

    private StoryContent content(String title, Set<ConsentScope> scopes) {
        StoryContent base = fixtures.content(title);
        AlumnusId alumnus = fixtures.anAlumnusWithConsent(scopes);
        return new StoryContent(base.language(), base.title(), null, base.summary(),
                base.body() + "\n\nKini ia menerima pesanan rias pengantin dari **tiga kabupaten** di sekitar "
                        + "Gorontalo — termasuk Bone Bolango dan Pohuwato.",
                alumnus, base.regionCode(), null, base.courseIds(), base.themeCodes(), base.quotes(), base.outcomes(),
                base.sources());
    }

    private Story publish(StoryContent content, StoryId translationOf) {
        Story story = stories.create(content, translationOf, StoryFixtures.WRITER);
        stories.submit(story.id(), StoryFixtures.WRITER);
        stories.approve(story.id(), StoryFixtures.EDITOR);
        return stories.publish(story.id(), StoryFixtures.EDITOR);
    }
}
