package id.cerita.course.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.web.ApiController;

/** The course catalogue and the training providers (lembaga pelatihan). */
@ApiController
@RequestMapping("/api")
class CourseApiController {

    private final Courses courses;

    CourseApiController(Courses courses) {
        this.courses = courses;
    }

    @GetMapping("/courses")
    List<CourseView> courses() {
        return courses.courses().stream().map(CourseView::of).toList();
    }

    @GetMapping("/providers")
    List<ProviderView> providers() {
        return courses.providers().stream()
            .map(p -> ProviderView.of(p, courses.coursesOf(p.id()).stream().map(CourseView::of).toList()))
            .toList();
    }

    record CourseView(UUID id, String slug, String title, String themeCode, String skillType, String delivery,
            UUID providerId) {

        static CourseView of(TrainingCourse c) {
            return new CourseView(c.id(), c.slug(), c.title(), c.themeCode(), c.skillType().name(),
                    c.delivery().name(), c.providerId());
        }
    }

    record ProviderView(UUID id, String slug, String name, String website, String description,
            List<CourseView> courses) {

        static ProviderView of(TrainingProvider p, List<CourseView> courses) {
            return new ProviderView(p.id(), p.slug(), p.name(), p.website(), p.description(), courses);
        }
    }
}
