package id.cerita.consent.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.consent.StoryCheckLinks;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.story.Audience;
import id.cerita.story.Stories;
import id.cerita.story.Story;

/**
 * Builds {@link ConsentSummary} for the fragment {@code alumni/consent-summary}, which the story editor and the
 * review page include with one line: {@code @consentSummaries.of(story?.id())}.
 */
@Component("consentSummaries")
public class ConsentSummaries {

    private final Stories stories;
    private final Alumni alumni;
    private final StoryImageLinks images;
    private final MediaLibrary library;
    private final StoryCheckLinks links;
    private final Clock clock;

    ConsentSummaries(Stories stories, Alumni alumni, StoryImageLinks images, MediaLibrary library,
            StoryCheckLinks links, Clock clock) {
        this.stories = stories;
        this.alumni = alumni;
        this.images = images;
        this.library = library;
        this.links = links;
        this.clock = clock;
    }

    /** Null for a new story or a story about no one. */
    public ConsentSummary of(StoryId storyId) {
        if (storyId == null) {
            return null;
        }
        return SystemActor.call(() -> summary(storyId));
    }

    private ConsentSummary summary(StoryId storyId) {
        Story story = stories.find(storyId).orElse(null);
        if (story == null || story.alumnusId() == null) {
            return null;
        }
        Alumnus person = alumni.require(story.alumnusId());
        LocalDate today = LocalDate.now(clock);
        Set<ConsentScope> covered = person.consentedScopesOn(today);
        boolean photosShowThem = images.of(storyId).allMediaIds().stream()
            .map(library::find).flatMap(java.util.Optional::stream)
            .anyMatch(asset -> asset.peopleShown().contains(person.id()));
        List<ConsentSummary.Row> rows = new ArrayList<>();
        List<ConsentScope> missing = new ArrayList<>();
        for (ConsentScope scope : ConsentScope.values()) {
            List<String> neededFor = new ArrayList<>();
            if (Audience.PUBLIC_SITE.requiredScopes().contains(scope)) {
                neededFor.add("publication");
            }
            if (Audience.PRESS.requiredScopes().contains(scope)) {
                neededFor.add("press");
            }
            if (scope == ConsentScope.PHOTO && photosShowThem) {
                neededFor.add("photos");
            }
            if (scope == ConsentScope.BUSINESS_DETAILS && person.businessName() != null) {
                neededFor.add("business");
            }
            rows.add(new ConsentSummary.Row(scope, covered.contains(scope), List.copyOf(neededFor)));
            if (neededFor.contains("publication") && !covered.contains(scope)) {
                missing.add(scope);
            }
        }
        Instant now = clock.instant();
        List<ConsentSummary.LinkRow> linkRows = links.ofStory(storyId).stream()
            .map(l -> new ConsentSummary.LinkRow(l, l.stateAt(now))).toList();
        return new ConsentSummary(storyId, person.id(), person.fullName(), rows, missing, linkRows);
    }
}
