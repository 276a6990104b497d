package id.cerita.revision;

import java.util.List;

import id.cerita.common.StoryId;

/**
 * Two revisions of a story side by side: a word-level diff of the title, the summary and the body, and of every other
 * field that changed (alumnus, region, courses, themes, quotes, outcomes, sources).
 */
public record RevisionComparison(StoryId storyId, RevisionSummary from, RevisionSummary to, WordDiff title,
        WordDiff summary, WordDiff body, List<RevisionFacts.FieldDiff> fields) {

    public boolean changed() {
        return title.changed() || summary.changed() || body.changed() || !fields.isEmpty();
    }
}
