package id.cerita.theme;

/** An administrator added a theme; the audit log records it, and the next site export lists it once a story uses it. */
public record ThemeAdded(String code, String parentCode, String by) {
}
