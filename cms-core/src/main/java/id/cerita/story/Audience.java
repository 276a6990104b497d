package id.cerita.story;

import java.util.EnumSet;
import java.util.Set;

import id.cerita.alumni.ConsentScope;

/** Who will see a story outside the newsroom, and the consent scope that must cover it. */
public enum Audience {
    /** The static public website. */
    PUBLIC_SITE(ConsentScope.WEBSITE),
    /** Journalists: search results and press kits. */
    PRESS(ConsentScope.PRESS);

    private final ConsentScope scope;

    Audience(ConsentScope scope) {
        this.scope = scope;
    }

    public ConsentScope scope() {
        return scope;
    }

    /** What the featured person's consent must cover for this audience to see the story: their name and this outlet. */
    public Set<ConsentScope> requiredScopes() {
        return EnumSet.of(ConsentScope.NAME, scope);
    }
}
