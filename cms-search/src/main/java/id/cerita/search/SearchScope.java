package id.cerita.search;

import id.cerita.story.Audience;

/** Whose search it is, which decides what it may find. */
public sealed interface SearchScope {

    /**
     * Journalists and the public: only published text, live, past any embargo, with the consent their audience needs.
     */
    record Outside(Audience audience) implements SearchScope {
    }

    /** The newsroom: working copies in every state; a writer sees their own stories, editors and admins all. */
    record Staff(String username, boolean allStories) implements SearchScope {
    }

    static SearchScope press() {
        return new Outside(Audience.PRESS);
    }
}
