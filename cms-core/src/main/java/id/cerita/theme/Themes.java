package id.cerita.theme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.SlugText;

/** The theme taxonomy. Administrators add themes; codes are never changed, as stories and the site's URLs use them. */
@Service
@Validated
@Transactional(readOnly = true)
public class Themes {

    private final ThemeRepository themes;
    private final JdbcAggregateTemplate aggregates;
    private final ApplicationEventPublisher events;

    Themes(ThemeRepository themes, JdbcAggregateTemplate aggregates, ApplicationEventPublisher events) {
        this.themes = themes;
        this.aggregates = aggregates;
        this.events = events;
    }

    /** Every theme, each parent followed by its narrower themes, in the order editors see them. */
    public List<Theme> all() {
        List<Theme> byPosition = themes.findAllByOrderByPosition();
        Map<String, List<Theme>> children = byPosition.stream().filter(t -> !t.isRoot())
            .collect(Collectors.groupingBy(Theme::parentCode));
        List<Theme> ordered = new ArrayList<>();
        byPosition.stream().filter(Theme::isRoot).forEach(root -> addWithChildren(root, children, ordered, new LinkedHashSet<>()));
        return ordered;
    }

    private static void addWithChildren(Theme theme, Map<String, List<Theme>> children, List<Theme> ordered,
            Set<String> seen) {
        if (!seen.add(theme.code())) {
            return;
        }
        ordered.add(theme);
        children.getOrDefault(theme.code(), List.of()).forEach(child -> addWithChildren(child, children, ordered, seen));
    }

    public Optional<Theme> find(String code) {
        return themes.findById(code);
    }

    public Theme require(String field, String code) {
        return find(code).orElseThrow(() -> new InvalidFieldException(field, "theme.unknown", "Tema tidak dikenal: " + code, code));
    }

    /** Adds a theme with a code made from its Indonesian name, after the existing ones of its level. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'ADMINISTER') and #by == authentication.name)")
    public Theme add(@Valid NewTheme theme, String by) {
        List<Theme> existing = themes.findAllByOrderByPosition();
        int position;
        if (theme.parentCode() == null) {
            position = existing.stream().mapToInt(Theme::position).max().orElse(0) / 10 * 10 + 10;
        }
        else {
            Theme parent = require("parentCode", theme.parentCode());
            position = existing.stream().filter(t -> parent.code().equals(t.parentCode()))
                .mapToInt(Theme::position).max().orElse(parent.position()) + 1;
        }
        if (existing.stream().anyMatch(t -> t.nameId().equalsIgnoreCase(theme.nameId()))) {
            throw new InvalidFieldException("nameId", "theme.name-taken", "Tema dengan nama ini sudah ada: " + theme.nameId(),
                    theme.nameId());
        }
        SlugText base = SlugText.of(theme.nameId(), 40, "tema");
        SlugText code = base;
        for (int n = 2; themes.existsById(code.value()); n++) {
            code = SlugText.of(base.value(), 37, "tema").withSuffix(n);
        }
        Theme added = aggregates.insert(new Theme(code.value(), theme.parentCode(), theme.nameId(), theme.nameEn(), position));
        events.publishEvent(new ThemeAdded(added.code(), added.parentCode(), by));
        return added;
    }

    /** The theme and its ancestors, root first: what a facet on "kuliner" must also find for "kue-dan-roti". */
    public List<Theme> lineage(String code) {
        Map<String, Theme> byCode = all().stream().collect(Collectors.toMap(Theme::code, Function.identity()));
        List<Theme> lineage = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Theme t = byCode.get(code); t != null && seen.add(t.code()); t = byCode.get(t.parentCode())) {
            lineage.addFirst(t);
        }
        return lineage;
    }
}
