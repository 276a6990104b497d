package id.cerita.course.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.common.CourseId;
import id.cerita.common.ProviderId;
import id.cerita.course.CourseDetails;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The course catalogue. Writers, editors and administrators add and correct courses; editors and administrators
 * archive them. Archived courses are left out unless {@code includeArchived=true}: they stay on old stories but are
 * not offered for new ones.
 */
@ApiController
@RequestMapping("/api/courses")
@Tag(name = "Pelatihan (courses)")
class CourseApiController {

    private final Courses courses;

    CourseApiController(Courses courses) {
        this.courses = courses;
    }

    @GetMapping
    @Operation(summary = "Courses on offer, by title; with includeArchived=true the archived ones too")
    List<CourseView> courses(@Parameter(description = "also list archived courses (for staff lists)")
            @RequestParam(defaultValue = "false") boolean includeArchived) {
        return courses.courses(includeArchived).stream().map(CourseView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One course, archived or not")
    CourseView course(@PathVariable CourseId id) {
        return CourseView.of(courses.requireCourse(id));
    }

    @PostMapping
    @Operation(summary = "Adds a course (writers, editors, administrators); 400/422 problem details name the field")
    ResponseEntity<CourseView> offer(@RequestBody CourseDetails details, Principal user) {
        TrainingCourse course = courses.offerCourse(details, user.getName());
        return ResponseEntity.created(URI.create("/api/courses/" + course.id())).body(CourseView.of(course));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Corrects a course (writers, editors, administrators)")
    CourseView revise(@PathVariable CourseId id, @RequestBody CourseDetails details, Principal user) {
        return CourseView.of(courses.reviseCourse(id, details, user.getName()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archives a course (editors, administrators); 409 if it already is")
    CourseView archive(@PathVariable CourseId id, Principal user) {
        return CourseView.of(courses.archiveCourse(id, user.getName()));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Offers an archived course again (editors, administrators)")
    CourseView restore(@PathVariable CourseId id, Principal user) {
        return CourseView.of(courses.restoreCourse(id, user.getName()));
    }

    record CourseView(CourseId id, String slug, String title, String themeCode, String skillType, String delivery,
            ProviderId providerId, boolean archived, Instant archivedAt, Long version) {

        static CourseView of(TrainingCourse c) {
            return new CourseView(c.id(), c.slug(), c.title(), c.themeCode(), c.skillType().name(),
                    c.delivery().name(), c.providerId(), c.archived(), c.archivedAt(), c.version());
        }
    }
}
