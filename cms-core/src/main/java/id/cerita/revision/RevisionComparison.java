package id.cerita.revision;

import java.util.UUID;

/** Two revisions of a story side by side: a word-level diff of the title, the summary and the body. */
public record RevisionComparison(UUID storyId, RevisionSummary from, RevisionSummary to, WordDiff title,
        WordDiff summary, WordDiff body) {

    public boolean changed() {
        return title.changed() || summary.changed() || body.changed();
    }
}
