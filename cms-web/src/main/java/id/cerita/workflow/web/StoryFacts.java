package id.cerita.workflow.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.StoryImages;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.story.Outcome;
import id.cerita.story.Quote;
import id.cerita.story.Story;

/** What a reviewer checks beside the text: who, where, which training, what changed, which photos. */
@Component
class StoryFacts {

    private final Alumni alumni;
    private final Regions regions;
    private final Courses courses;
    private final StoryImageLinks images;
    private final MediaLibrary library;

    StoryFacts(Alumni alumni, Regions regions, Courses courses, StoryImageLinks images, MediaLibrary library) {
        this.alumni = alumni;
        this.regions = regions;
        this.courses = courses;
        this.images = images;
        this.library = library;
    }

    /** The facts of one story, names resolved. */
    record Facts(Alumnus alumnus, String region, List<String> courses, List<Outcome> outcomes, List<Quote> quotes,
            List<Photo> photos) {
    }

    record Photo(MediaAsset asset, boolean lead) {
    }

    Facts of(Story story) {
        Alumnus alumnus = story.alumnusId() == null ? null : alumni.find(story.alumnusId()).orElse(null);
        return new Facts(alumnus, regionName(story.regionCode()),
                story.courseIds().stream().map(courses::course).flatMap(Optional::stream).map(TrainingCourse::title)
                    .sorted().toList(),
                story.outcomes(), story.quotes(), photos(story));
    }

    private List<Photo> photos(Story story) {
        StoryImages links = images.of(story.id());
        return links.allMediaIds().stream().map(library::find).flatMap(Optional::stream)
            .map(a -> new Photo(a, links.leadMediaId().filter(a.id()::equals).isPresent())).toList();
    }

    private String regionName(RegionCode code) {
        if (code == null) {
            return null;
        }
        Optional<Region> regency = regions.find(code);
        Optional<Region> province = code.isProvince() ? Optional.empty() : regions.find(code.province());
        return regency.map(r -> r.name() + province.map(p -> ", " + p.name()).orElse("")).orElse(code.value());
    }
}
