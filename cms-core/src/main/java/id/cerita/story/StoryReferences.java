package id.cerita.story;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.gathering.Gatherings;
import id.cerita.region.Regions;
import id.cerita.theme.Themes;

/** Checks that everything a story names exists, field by field, before anything is written. */
record StoryReferences(Regions regions, Themes themes, Courses courses, Alumni alumni, Gatherings gatherings) {

    void check(StoryContent content) {
        regions.requireRegencyOrCity("regionCode", content.regionCode());
        if (content.alumnusId() != null) {
            alumni.requireReference("alumnusId", content.alumnusId());
        }
        if (content.gatheringId() != null) {
            gatherings.require("gatheringId", content.gatheringId());
        }
        content.courseIds().forEach(id -> courses.requireCourse("courseIds", id));
        content.themeCodes().forEach(code -> themes.require("themeCodes", code));
    }
}
