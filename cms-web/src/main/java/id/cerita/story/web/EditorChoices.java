package id.cerita.story.web;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.common.AlumnusId;
import id.cerita.common.ProviderId;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.gathering.Gathering;
import id.cerita.gathering.Gatherings;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.story.Language;
import id.cerita.story.OutcomeKind;
import id.cerita.story.StoryStatus;
import id.cerita.theme.Themes;

/**
 * The reference data the story list filters and the editor offer to choose from. The editor offers courses and
 * gatherings on offer, plus the archived ones the story already names (they stay on it until removed).
 */
@Component
class EditorChoices {

    private final Regions regions;
    private final Themes themes;
    private final Courses courses;
    private final Alumni alumni;
    private final Gatherings gatherings;

    EditorChoices(Regions regions, Themes themes, Courses courses, Alumni alumni, Gatherings gatherings) {
        this.regions = regions;
        this.themes = themes;
        this.courses = courses;
        this.alumni = alumni;
        this.gatherings = gatherings;
    }

    void forList(Model model, String province) {
        model.addAttribute("statuses", StoryStatus.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("themes", themes.all());
        regions(model, province);
    }

    void forEditor(Model model, StoryForm form) {
        model.addAttribute("languages", Language.values());
        model.addAttribute("outcomeKinds", OutcomeKind.values());
        model.addAttribute("themes", themes.all());
        Stream<TrainingCourse> archivedButNamed = form.getCourseIds().stream().filter(java.util.Objects::nonNull)
            .distinct().flatMap(id -> courses.course(id).filter(TrainingCourse::archived).stream());
        model.addAttribute("courses", Stream.concat(courses.courses(false).stream(), archivedButNamed).toList());
        Map<ProviderId, String> providerNames = courses.providers().stream()
            .collect(Collectors.toMap(TrainingProvider::id, TrainingProvider::name));
        model.addAttribute("providerNames", providerNames);
        model.addAttribute("alumni", alumni.all());
        Stream<Gathering> archivedButNamedGathering = Stream.ofNullable(form.getGatheringId())
            .flatMap(id -> gatherings.find(id).filter(Gathering::archived).stream());
        model.addAttribute("gatherings", Stream.concat(gatherings.all(false).stream(), archivedButNamedGathering).toList());
        regions(model, form.effectiveProvince());
    }

    /** The alumnus another page sends back ({@code ?alumnus=}), if there is one by that id. */
    boolean preselectAlumnus(StoryForm form, AlumnusId alumnus) {
        if (alumnus == null || alumni.find(alumnus).isEmpty()) {
            return false;
        }
        form.setAlumnusId(alumnus);
        return true;
    }

    static String alumnusLabel(Alumnus a) {
        return a.fullName() + (a.cohort() != null ? " (gelombang " + a.cohort() + ")" : "");
    }

    private void regions(Model model, String province) {
        model.addAttribute("provinces", regions.provinces());
        boolean valid = province != null && province.matches("\\d{2}");
        model.addAttribute("regencies", valid ? regions.regenciesOf(RegionCode.of(province)) : java.util.List.of());
    }

}
