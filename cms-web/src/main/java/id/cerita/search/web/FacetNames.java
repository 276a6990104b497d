package id.cerita.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.cerita.search.StoryResults;
import id.cerita.search.StoryResults.Facet;
import id.cerita.story.Language;
import id.cerita.theme.Themes;

/**
 * Facet values in the reader's language: the index labels themes in Indonesian, and every theme also has an English
 * name (admins keep both on /admin/themes). Places, courses and providers are proper names in either language.
 */
@Component
public class FacetNames {

    private final Themes themes;

    FacetNames(Themes themes) {
        this.themes = themes;
    }

    public StoryResults localized(StoryResults results, Locale locale) {
        List<Facet> facets = results.facets().get("theme");
        if (facets == null || Language.readerOf(locale) != Language.EN) {
            return results;
        }
        Map<String, List<Facet>> named = new LinkedHashMap<>(results.facets());
        named.put("theme", facets.stream().map(f -> new Facet(f.value(),
                themes.find(f.value()).map(t -> t.name(locale)).filter(n -> !n.isBlank()).orElse(f.label()),
                f.count())).toList());
        return new StoryResults(results.total(), results.hits(), named, results.counted(), results.didYouMean(),
                results.next(), results.correctedFrom());
    }
}
