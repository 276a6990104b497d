package id.cerita.story;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.cerita.alumni.Alumnus;
import id.cerita.course.TrainingCourse;
import id.cerita.gathering.Gathering;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.revision.RevisionFacts;
import id.cerita.theme.Theme;

/** A story's fields beside its text, names resolved, as its revision keeps them for comparison. */
final class RevisionFactsOfStory {

    private RevisionFactsOfStory() {
    }

    static RevisionFacts of(Story story, StoryReferences references, java.util.List<StoryFactsSource> sources) {
        NumberFormat amounts = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
        Map<String, String> values = new HashMap<>();
        values.put("alumnus", story.alumnusId() == null ? ""
                : references.alumni().find(story.alumnusId()).map(Alumnus::fullName).orElse(story.alumnusId().toString()));
        values.put("region", region(story.regionCode(), references));
        values.put("gathering", story.gatheringId() == null ? ""
                : references.gatherings().find(story.gatheringId()).map(Gathering::name).orElse(""));
        values.put("courses", story.courseIds().stream().map(references.courses()::course).flatMap(Optional::stream)
            .map(TrainingCourse::title).sorted().collect(Collectors.joining("\n")));
        values.put("themes", story.themeCodes().stream().map(references.themes()::find).flatMap(Optional::stream)
            .map(Theme::nameId).sorted().collect(Collectors.joining("\n")));
        values.put("quotes", story.quotes().stream().map(q -> "«" + q.text() + "» — " + q.speaker()
                + (q.speakerRole() == null ? "" : ", " + q.speakerRole())).collect(Collectors.joining("\n")));
        values.put("outcomes", story.outcomes().stream().map(o -> o.description()
                + (o.formerly() == null ? "" : " ← " + o.formerly())
                + (o.baseline() == null ? "" : ": " + amounts.format(o.baseline()) + " →")
                + (o.amount() == null ? "" : (o.baseline() == null ? ": " : " ") + amounts.format(o.amount()))
                + " (" + o.source() + ")")
            .collect(Collectors.joining("\n")));
        values.put("sources", story.sources().stream().map(s -> s.outlet() + ": " + s.title()
                + (s.publishedOn() == null ? "" : " (" + s.publishedOn() + ")")).collect(Collectors.joining("\n")));
        sources.forEach(source -> values.putAll(source.factsOf(story.id())));
        return new RevisionFacts(values);
    }

    private static String region(RegionCode code, StoryReferences references) {
        if (code == null) {
            return "";
        }
        Optional<Region> regency = references.regions().find(code);
        return regency.map(r -> r.name() + (code.isProvince() ? "" : references.regions().find(code.province())
            .map(p -> ", " + p.name()).orElse("")))
            .orElse(code.value());
    }
}
