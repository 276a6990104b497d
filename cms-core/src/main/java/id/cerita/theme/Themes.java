package id.cerita.theme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.InvalidFieldException;

/** The theme taxonomy. */
@Service
@Transactional(readOnly = true)
public class Themes {

    private final ThemeRepository themes;

    Themes(ThemeRepository themes) {
        this.themes = themes;
    }

    /** Every theme, a parent before its children, in the order editors see them. */
    public List<Theme> all() {
        return themes.findAllByOrderByPosition();
    }

    public Optional<Theme> find(String code) {
        return themes.findById(code);
    }

    public Theme require(String field, String code) {
        return find(code).orElseThrow(() -> new InvalidFieldException(field, "theme.unknown", "Tema tidak dikenal: " + code));
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
