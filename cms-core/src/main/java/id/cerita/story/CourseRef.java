package id.cerita.story;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.CourseId;

/** A training course the story is about. */
@Table("story_course")
public record CourseRef(UUID courseId) {

    static CourseRef of(CourseId id) {
        return new CourseRef(id.value());
    }

    CourseId id() {
        return new CourseId(courseId);
    }
}
