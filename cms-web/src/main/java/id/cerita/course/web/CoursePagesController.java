package id.cerita.course.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.course.Courses;
import id.cerita.course.TrainingProvider;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;

/** Read-only pages of the course catalogue and the providers that run the courses. */
@Controller
class CoursePagesController {

    private final Courses courses;
    private final Themes themes;

    CoursePagesController(Courses courses, Themes themes) {
        this.courses = courses;
        this.themes = themes;
    }

    @GetMapping("/courses")
    String courses(Model model) {
        model.addAttribute("courses", courses.courses());
        model.addAttribute("providers", courses.providers().stream()
            .collect(Collectors.toMap(TrainingProvider::id, Function.identity())));
        model.addAttribute("themes", themesByCode());
        return "course/courses";
    }

    @GetMapping("/providers")
    String providers(Model model) {
        model.addAttribute("providers", courses.providers().stream()
            .map(p -> new ProviderCourses(p, courses.coursesOf(p.id()))).toList());
        model.addAttribute("themes", themesByCode());
        return "course/providers";
    }

    private Map<String, Theme> themesByCode() {
        return themes.all().stream().collect(Collectors.toMap(Theme::code, Function.identity()));
    }

    record ProviderCourses(TrainingProvider provider, java.util.List<id.cerita.course.TrainingCourse> courses) {
    }
}
