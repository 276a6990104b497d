package id.cerita.search;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.cerita.common.CourseId;
import id.cerita.common.ProviderId;
import id.cerita.course.Courses;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;

/** Names for facet values, read from the database (the index keeps codes, so a rename shows at once). */
@Component
class FacetLabels {

    private final Regions regions;
    private final Themes themes;
    private final Courses courses;

    FacetLabels(Regions regions, Themes themes, Courses courses) {
        this.regions = regions;
        this.themes = themes;
        this.courses = courses;
    }

    String label(String facet, String value) {
        Optional<String> label = switch (facet) {
            case "province", "regency" -> safe(() -> regions.find(RegionCode.of(value)).map(Region::name));
            case "theme" -> themes.find(value).map(Theme::nameId);
            case "course" -> safe(() -> courses.course(CourseId.of(value)).map(TrainingCourse::title));
            case "provider" -> safe(() -> courses.provider(ProviderId.of(value)).map(TrainingProvider::name));
            case "cohort" -> Optional.of("Gelombang " + value);
            case "language" -> Optional.of(value.equals("en") ? "English" : "Bahasa Indonesia");
            case "outcome" -> Optional.of(outcome(value));
            default -> Optional.empty();
        };
        return label.orElse(value);
    }

    private static String outcome(String kind) {
        return switch (kind) {
            case "BUSINESS_OPENED" -> "Membuka usaha";
            case "JOB_OBTAINED" -> "Mendapat pekerjaan";
            case "CAREER_CHANGE" -> "Beralih karier";
            case "MONTHLY_REVENUE" -> "Omzet bulanan";
            case "EMPLOYEES_HIRED" -> "Merekrut karyawan";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }

    private static Optional<String> safe(java.util.function.Supplier<Optional<String>> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
