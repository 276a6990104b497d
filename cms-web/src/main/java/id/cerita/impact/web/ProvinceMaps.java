package id.cerita.impact.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ProvinceFigures;
import id.cerita.region.ProvinceMap;

/** The two province maps (published stories, press clips) in the reader's language, for the impact page and the dashboard. */
@Component("provinceMaps")
public class ProvinceMaps {

    /** One map with its caption (also its accessible name) and legend. */
    public record Drawn(String caption, String svg, List<ProvinceMap.Step> legend) {
    }

    private final ProvinceMap map = ProvinceMap.load();
    private final MessageSource messages;

    ProvinceMaps(MessageSource messages) {
        this.messages = messages;
    }

    public Drawn stories(ImpactOverview overview, Locale locale) {
        return draw(overview, overview.storiesPerProvince(), "impact.map.stories", "impact.map.storyCount", locale);
    }

    public Drawn clips(ImpactOverview overview, Locale locale) {
        return draw(overview, overview.clipsPerProvince(), "impact.map.clips", "impact.map.clipCount", locale);
    }

    public String credit() {
        return ProvinceMap.CREDIT;
    }

    private Drawn draw(ImpactOverview overview, Map<String, Long> values, String nameKey, String countKey,
            Locale locale) {
        Map<String, String> names = overview.provinces().stream()
            .collect(Collectors.toMap(ProvinceFigures::code, ProvinceFigures::name));
        String caption = messages.getMessage(nameKey, null, locale);
        String svg = map.svg(values, caption, (codes, value) ->
                codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", ")) + ": "
                        + messages.getMessage(countKey, new Object[] { value }, locale));
        return new Drawn(caption, svg, map.legend(values));
    }
}
