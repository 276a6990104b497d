package id.cerita.search;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.cerita.region.Region;
import id.cerita.search.StoryDocument.Variant;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;
import id.cerita.story.StoryStatus;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;
import id.cerita.common.ProgrammeZone;

/** Turns a story as the core reads it into the document the index holds. */
@Component
class StoryDocumentFactory {

    private static final ZoneId JAKARTA = ProgrammeZone.ID;

    private final Themes themes;

    StoryDocumentFactory(Themes themes) {
        this.themes = themes;
    }

    StoryDocument document(StoryDetails story, Variant variant, List<String> audiences) {
        String storyId = story.id().toString();
        Region regency = story.region();
        Region province = story.province();
        Set<String> places = new LinkedHashSet<>();
        places.add(regency.name());
        places.add(province.shortName());
        Set<String> themeCodes = new LinkedHashSet<>();
        Set<String> themeNames = new LinkedHashSet<>();
        for (Theme theme : story.themes()) {
            addTheme(theme, themeCodes, themeNames);
            if (theme.parentCode() != null) {
                themes.find(theme.parentCode()).ifPresent(parent -> addTheme(parent, themeCodes, themeNames));
            }
        }
        List<CourseOffer> offers = story.courses();
        StoryDetails.Person person = story.person();
        List<String> gathering = story.gathering() == null ? List.of()
                : java.util.stream.Stream.of(story.gathering().name(), story.gathering().place())
                    .filter(java.util.Objects::nonNull).toList();
        return new StoryDocument(variant.documentId(storyId), storyId, variant, audiences, story.slug(),
                story.language().code(), story.translationKey().toString(), story.title(), story.summary(),
                StoryText.plain(story.body()), status(story, variant), story.live(), story.publishedAt(), story.updatedAt(), null,
                story.publishedAt() == null ? null : story.publishedAt().atZone(JAKARTA).getYear(), story.author(),
                person == null ? null : person.name(), person == null ? null : person.business(),
                person == null ? null : person.occupation(), person == null ? null : person.cohort(),
                province.code(), regency.code(), List.copyOf(places), regency.tertinggal() || province.tertinggal(),
                regency.outermost(), List.copyOf(themeCodes), List.copyOf(themeNames),
                offers.stream().map(o -> o.course().id().toString()).distinct().toList(),
                offers.stream().map(o -> o.course().title()).distinct().toList(),
                offers.stream().map(o -> o.provider().id().toString()).distinct().toList(),
                offers.stream().map(o -> o.provider().name()).distinct().toList(),
                story.outcomes().stream().map(o -> o.kind().name()).distinct().toList(),
                gathering.isEmpty() ? null : String.join(" ", gathering), person == null ? null
                        : person.alumnusId().toString());
    }

    /**
     * The published text of a live story is published, whatever its working copy is doing meanwhile (a correction
     * pending review leaves the story itself in DRAFT or IN_REVIEW): the press never sees a working status.
     */
    private static String status(StoryDetails story, Variant variant) {
        return variant == Variant.PUBLISHED && story.live() ? StoryStatus.PUBLISHED.name() : story.status().name();
    }

    private static void addTheme(Theme theme, Set<String> codes, Set<String> names) {
        codes.add(theme.code());
        List<String> both = new ArrayList<>();
        both.add(theme.nameId());
        if (theme.nameEn() != null) {
            both.add(theme.nameEn());
        }
        names.addAll(both);
    }
}
