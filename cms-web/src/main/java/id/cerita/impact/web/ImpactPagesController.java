package id.cerita.impact.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

import id.cerita.impact.ImpactDimension;
import id.cerita.impact.ImpactOverview;
import id.cerita.impact.ImpactReports;
import id.cerita.impact.ImpactTally;

/**
 * The programme's impact for the communication team: the figures the next site export will publish (same stories,
 * same consent and same three-person rule), as charts with their tables, and the province maps with their list.
 */
@Controller
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
class ImpactPagesController {

    private final ImpactReports reports;
    private final ProvinceMaps maps;
    private final MessageSource messages;
    private final JsonMapper json;

    ImpactPagesController(ImpactReports reports, ProvinceMaps maps, MessageSource messages, JsonMapper json) {
        this.reports = reports;
        this.maps = maps;
        this.messages = messages;
        this.json = json;
    }

    /** A chart and its data as the script reads it. */
    record Chart(ImpactCharts chart, String data) {
    }

    @GetMapping("/impact")
    String impact(Model model, Locale locale) {
        ImpactOverview overview = reports.overview();
        model.addAttribute("overview", overview);
        model.addAttribute("overall", overview.report().overall());
        model.addAttribute("breakdowns", overview.report().breakdowns());
        model.addAttribute("minimum", ImpactTally.MINIMUM_PEOPLE);
        ImpactCharts revenue = ImpactCharts.revenue(overview.report().overall(), messages, locale);
        model.addAttribute("revenueChart", revenue == null ? null : chart(revenue));
        Map<ImpactDimension, Chart> charts = new EnumMap<>(ImpactDimension.class);
        overview.report().breakdowns().forEach(b -> charts.put(b.dimension(), chart(ImpactCharts.people(b, messages, locale))));
        model.addAttribute("charts", charts);
        model.addAttribute("storyMap", maps.stories(overview, locale));
        model.addAttribute("clipMap", maps.clips(overview, locale));
        model.addAttribute("mapCredit", maps.credit());
        return "impact/index";
    }

    private Chart chart(ImpactCharts chart) {
        return new Chart(chart, json.writeValueAsString(chart));
    }
}
