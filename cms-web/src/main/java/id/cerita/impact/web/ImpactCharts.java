package id.cerita.impact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.cerita.impact.ImpactBreakdown;
import id.cerita.impact.ImpactDimension;
import id.cerita.impact.ImpactFigures;
import id.cerita.impact.ImpactRow;

/**
 * What the impact page's charts draw, as data for {@code impact-charts.js} (Apache ECharts): bars of alumni per group
 * of one breakdown, and the median monthly revenue before and after. The tables beside them carry the same figures.
 */
record ImpactCharts(String id, String title, List<String> labels, List<Number> values, boolean money) {

    static ImpactCharts people(ImpactBreakdown breakdown, MessageSource messages, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (ImpactRow row : breakdown.rows()) {
            labels.add(label(breakdown.dimension(), row, messages, locale));
            values.add(row.figures().people());
        }
        String dimension = messages.getMessage("impact.dimension." + breakdown.dimension(), null, locale);
        return new ImpactCharts("chart-" + breakdown.dimension().name().toLowerCase(Locale.ROOT),
                messages.getMessage("impact.chart.people", new Object[] { dimension.toLowerCase(locale) }, locale), labels, values, false);
    }

    /** Null when fewer than three people reported revenue before and after. */
    static ImpactCharts revenue(ImpactFigures overall, MessageSource messages, Locale locale) {
        if (overall.revenueReported() == null) {
            return null;
        }
        return new ImpactCharts("chart-revenue", messages.getMessage("impact.chart.revenue", null, locale),
                List.of(messages.getMessage("impact.before", null, locale), messages.getMessage("impact.after", null, locale)),
                List.of(overall.revenueBeforeMedian(), overall.revenueAfterMedian()), true);
    }

    /** A group's name as people say it: "Gelombang 27", "Cohort 27", a year, a province, a course. */
    static String label(ImpactDimension dimension, ImpactRow row, MessageSource messages, Locale locale) {
        return dimension == ImpactDimension.COHORT
                ? messages.getMessage("impact.cohort", new Object[] { row.label() }, locale) : row.label();
    }
}
