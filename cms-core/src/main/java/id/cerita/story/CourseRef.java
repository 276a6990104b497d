package id.cerita.story;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A training course the story is about. */
@Table("story_course")
public record CourseRef(UUID courseId) {
}
