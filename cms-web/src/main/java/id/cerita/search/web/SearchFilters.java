package id.cerita.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.cerita.search.StoryResults;
import id.cerita.search.StoryResults.Facet;

/**
 * The filters of a search page as people use them: each facet with its values and counts (a value with no story
 * is shown but not offered as a link), what is chosen (and the link that removes it), province before regency, and
 * the 3T flags. Shared by the press room and the newsroom's search page.
 *
 * @param groups the facets, in the order of the page
 * @param chosen the filters in force, each with the link that removes it
 */
public record SearchFilters(List<Group> groups, List<Chosen> chosen) {

    /** The facets offered, in order; the regency facet only once a province is chosen (it drills down). */
    static final List<String> FACETS = List.of("province", "regency", "theme", "course", "provider", "cohort", "year",
            "language");
    static final List<String> SINGLE = List.of("language");
    static final List<String> FLAGS = List.of("tertinggal", "outermost");

    /** One facet: {@code name} is also the message key suffix of its heading. */
    public record Group(String name, List<Option> options) {
    }

    /**
     * One value of a facet. {@code href} adds it to the search, or (when {@code selected}) removes it; null when no
     * story has it, so nothing offers a search that finds nothing.
     */
    public record Option(String value, String label, long count, boolean selected, String href) {
    }

    /** A filter in force and the link that removes it (a 3T flag's label is its name: the page words it). */
    public record Chosen(String name, String value, String label, String href) {
    }

    public static SearchFilters of(StorySearchParameters params, StoryResults results, SearchLinks links) {
        List<Group> groups = new ArrayList<>();
        List<Chosen> chosen = new ArrayList<>();
        Map<String, List<Facet>> facets = results.facets();
        for (String name : FACETS) {
            List<String> selected = selected(params, name);
            List<Facet> values = facets.getOrDefault(name, List.of());
            List<Option> options = new ArrayList<>();
            for (Facet facet : values) {
                boolean on = selected.contains(facet.value());
                String href = on ? links.removing(name, facet.value())
                        : facet.count() == 0 ? null
                        // a story has one language: choosing the other replaces it rather than finding nothing
                        : SINGLE.contains(name) ? links.replacing(name, facet.value()) : links.with(name, facet.value());
                options.add(new Option(facet.value(), facet.label(), facet.count(), on, href));
            }
            for (String value : selected) {
                String label = name.equals("cohort") ? value : values.stream().filter(f -> f.value().equals(value)).map(Facet::label).findFirst()
                    .orElse(value);
                chosen.add(new Chosen(name, value, label, links.removing(name, value)));
                if (values.stream().noneMatch(f -> f.value().equals(value))) {
                    options.add(new Option(value, label, 0, true, links.removing(name, value)));
                }
            }
            if (!options.isEmpty()) {
                groups.add(new Group(name, options));
            }
        }
        List<Option> flags = new ArrayList<>();
        for (String flag : FLAGS) {
            long count = facets.getOrDefault(flag, List.of()).stream().mapToLong(Facet::count).sum();
            boolean on = flag.equals("tertinggal") ? Boolean.TRUE.equals(params.tertinggal())
                    : Boolean.TRUE.equals(params.outermost());
            String href = on ? links.without(flag) : count > 0 ? links.replacing(flag, "true") : null;
            flags.add(new Option("true", flag, count, on, href));
            if (on) {
                chosen.add(new Chosen(flag, "true", flag, links.without(flag)));
            }
        }
        groups.add(new Group("3t", flags));
        return new SearchFilters(List.copyOf(groups), List.copyOf(chosen));
    }

    private static List<String> selected(StorySearchParameters params, String name) {
        List<?> values = switch (name) {
            case "province" -> params.province();
            case "regency" -> params.regency();
            case "theme" -> params.theme();
            case "course" -> params.course();
            case "provider" -> params.provider();
            case "cohort" -> params.cohort();
            case "year" -> params.year();
            case "language" -> params.language() == null ? List.of() : List.of(params.language());
            default -> List.of();
        };
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }
}
