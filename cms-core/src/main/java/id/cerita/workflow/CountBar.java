package id.cerita.workflow;

/** One bar of a dashboard chart. */
public record CountBar(String code, String label, long count) {
}
