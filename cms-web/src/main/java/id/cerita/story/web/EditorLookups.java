package id.cerita.story.web;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.cerita.alumni.Alumni;
import id.cerita.common.LookupText;
import id.cerita.common.ProviderId;
import id.cerita.course.Courses;
import id.cerita.course.TrainingProvider;
import id.cerita.gathering.Gatherings;
import id.cerita.web.Formats;

/**
 * The small JSON lookups behind the story editor's search-as-you-type pickers: same session as the page (not the
 * /api chain), at most {@value #LIMIT} matches, never an archived course or gathering.
 */
@RestController
class EditorLookups {

    static final int LIMIT = 20;

    private final Alumni alumni;
    private final Courses courses;
    private final Gatherings gatherings;
    private final Formats formats;

    EditorLookups(Alumni alumni, Courses courses, Gatherings gatherings, Formats formats) {
        this.alumni = alumni;
        this.courses = courses;
        this.gatherings = gatherings;
        this.formats = formats;
    }

    @GetMapping("/lookup/alumni")
    List<Choice> alumni(@RequestParam(defaultValue = "") String q) {
        Predicate<String> matches = LookupText.matcher(q);
        return alumni.all().stream()
            .filter(a -> matches.test(a.fullName()) || matches.test(a.businessName()))
            .limit(LIMIT)
            .map(a -> new Choice(a.id().toString(), EditorChoices.alumnusLabel(a), a.businessName()))
            .toList();
    }

    @GetMapping("/lookup/courses")
    List<Choice> courses(@RequestParam(defaultValue = "") String q) {
        Map<ProviderId, String> providers = courses.providers().stream()
            .collect(Collectors.toMap(TrainingProvider::id, TrainingProvider::name));
        return courses.find(q, LIMIT).stream()
            .map(c -> new Choice(c.id().toString(), c.title(), providers.get(c.providerId())))
            .toList();
    }

    @GetMapping("/lookup/gatherings")
    List<Choice> gatherings(@RequestParam(defaultValue = "") String q) {
        return gatherings.find(q, LIMIT).stream()
            .map(g -> new Choice(g.id().toString(), g.name(), formats.date(g.heldOn(), LocaleContextHolder.getLocale()) + (g.place() == null ? "" : ", " + g.place())))
            .toList();
    }

    /** One match: the id the form sends, what the option says, and a second line that tells look-alikes apart. */
    record Choice(String id, String label, String detail) {
    }
}
