package id.cerita.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.gathering.Gathering;
import id.cerita.region.Region;
import id.cerita.theme.Theme;

/**
 * A story with everything it names resolved: what search, the site export and the press kit read. For a public
 * audience the text is the published revision's and the person appears only as far as their consent allows.
 */
public record StoryDetails(StoryId id, String slug, Language language, UUID translationKey, String title, String summary,
        String body, int revision, StoryStatus status, boolean live, Instant publishedAt, Instant updatedAt,
        String author, Region region, Region province, List<Theme> themes, List<CourseOffer> courses, Person person,
        Gathering gathering, List<Quote> quotes, List<Outcome> outcomes, List<SourceReference> sources,
        List<Translation> translations) {

    /** Whether a photo showing these people shows the alumnus the story is about. */
    public boolean features(Set<AlumnusId> peopleShown) {
        return person != null && peopleShown.contains(person.alumnusId());
    }

    /** A photo may go out with the story unless it shows the story's alumnus without their PHOTO consent. */
    public boolean mayShowPhoto(boolean showsTheAlumnus) {
        return !showsTheAlumnus || person == null || person.consents(ConsentScope.PHOTO);
    }

    /** A course with the provider that ran it. */
    public record CourseOffer(TrainingCourse course, TrainingProvider provider) {
    }

    /**
     * The alumnus as the audience may see them: {@code name} is null without NAME consent, {@code business} null
     * without BUSINESS_DETAILS consent.
     */
    public record Person(AlumnusId alumnusId, String name, Integer cohort, String business, String occupation,
            Set<ConsentScope> consentedScopes, LocalDate consentCheckedOn) {

        public boolean consents(ConsentScope scope) {
            return consentedScopes.contains(scope);
        }
    }

    /** Another language version of the same story. */
    public record Translation(StoryId id, Language language, String slug, String title, boolean live) {
    }
}
