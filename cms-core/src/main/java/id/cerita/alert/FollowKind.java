package id.cerita.alert;

import java.util.HashSet;
import java.util.Set;

import id.cerita.story.StoryDetails;

/** What a journalist can follow, named as the press room's filters name it. */
public enum FollowKind {
    PROVINCE("province"), REGENCY("regency"), THEME("theme"), COURSE("course"), PROVIDER("provider");

    private final String filter;

    FollowKind(String filter) {
        this.filter = filter;
    }

    /** The press room's query parameter for this kind, e.g. {@code province}. */
    public String filter() {
        return filter;
    }

    public static FollowKind ofFilter(String filter) {
        for (FollowKind kind : values()) {
            if (kind.filter.equals(filter)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a followable filter: " + filter);
    }

    /** The values of this kind a story has: its province, its regency, its themes, courses or providers. */
    public Set<String> valuesOf(StoryDetails story) {
        Set<String> values = new HashSet<>();
        switch (this) {
            case PROVINCE -> {
                if (story.province() != null) {
                    values.add(story.province().code());
                }
            }
            case REGENCY -> {
                if (story.region() != null) {
                    values.add(story.region().code());
                }
            }
            case THEME -> story.themes().forEach(t -> {
                values.add(t.code());
                if (t.parentCode() != null) {
                    values.add(t.parentCode());
                }
            });
            case COURSE -> story.courses().forEach(c -> values.add(c.course().id().toString()));
            case PROVIDER -> story.courses().stream().filter(c -> c.provider() != null)
                .forEach(c -> values.add(c.provider().id().toString()));
        }
        return values;
    }
}
