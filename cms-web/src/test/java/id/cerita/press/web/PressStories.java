package id.cerita.press.web;

import java.util.EnumSet;
import java.util.Set;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.SystemActor;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;

/** Published stories for the web tests, through the real transitions (create, submit, approve, publish). */
final class PressStories {

    private final Stories stories;
    private final StoryFixtures fixtures;

    PressStories(Stories stories, Courses courses, Alumni alumni) {
        this.stories = stories;
        this.fixtures = new StoryFixtures(stories, courses, alumni);
    }

    Story published(String title) {
        return SystemActor.call(() -> fixtures.aPublishedStory(title));
    }

    /** Published, then put under the workflow's embargo until {@code until}. */
    Story embargoed(String title, java.time.Instant until) {
        return SystemActor.call(() -> stories.embargo(fixtures.aPublishedStory(title).id(), until, StoryFixtures.EDITOR));
    }

    Story publishedWithConsent(String title, Set<ConsentScope> scopes) {
        return SystemActor.call(() -> publish(title, scopes));
    }

    private Story publish(String title, Set<ConsentScope> scopes) {
        StoryContent base = fixtures.content(title);
        AlumnusId alumnus = fixtures.anAlumnusWithConsent(EnumSet.copyOf(scopes));
        StoryContent content = new StoryContent(base.language(), base.title(), null, base.summary(), base.body(),
                alumnus, base.regionCode(), null, base.courseIds(), base.themeCodes(), base.quotes(), base.outcomes(),
                base.sources());
        Story story = stories.create(content, null, StoryFixtures.WRITER);
        stories.submit(story.id(), StoryFixtures.WRITER);
        stories.approve(story.id(), StoryFixtures.EDITOR);
        return stories.publish(story.id(), StoryFixtures.EDITOR);
    }
}
