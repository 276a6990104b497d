package id.cerita.story;

import java.util.Set;

import id.cerita.alumni.Alumni;
import id.cerita.common.CourseId;
import id.cerita.course.Courses;
import id.cerita.gathering.Gatherings;
import id.cerita.region.Regions;
import id.cerita.theme.Themes;

/**
 * Checks that everything a story names exists, field by field, before anything is written. An archived course or
 * gathering may stay on a story that already named it, but no story may newly name one.
 */
record StoryReferences(Regions regions, Themes themes, Courses courses, Alumni alumni, Gatherings gatherings) {

    void check(StoryContent content) {
        check(content, null);
    }

    /** {@code before}: the story as it was saved, or null for a new one. */
    void check(StoryContent content, Story before) {
        regions.requireRegencyOrCity("regionCode", content.regionCode());
        if (content.alumnusId() != null) {
            alumni.requireReference("alumnusId", content.alumnusId());
        }
        if (content.gatheringId() != null) {
            if (before != null && content.gatheringId().equals(before.gatheringId())) {
                gatherings.require("gatheringId", content.gatheringId());
            }
            else {
                gatherings.requireOffered("gatheringId", content.gatheringId());
            }
        }
        Set<CourseId> kept = before == null ? Set.of() : before.courseIds();
        content.courseIds().forEach(id -> {
            if (kept.contains(id)) {
                courses.requireCourse("courseIds", id);
            }
            else {
                courses.requireOffered("courseIds", id);
            }
        });
        content.themeCodes().forEach(code -> themes.require("themeCodes", code));
    }
}
