package id.cerita.impact;

/** One group of a breakdown: a province, course, provider, cohort or year, with its figures. */
public record ImpactRow(String key, String label, ImpactFigures figures) {
}
