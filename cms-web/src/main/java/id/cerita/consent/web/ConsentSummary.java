package id.cerita.consent.web;

import java.util.List;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.consent.StoryCheckLink;

/**
 * Next to a story's alumnus: for each scope whether their consent covers it today and what the story needs it for
 * ({@code publication}, {@code press}, {@code photos}, {@code business}); the private check links of the story.
 */
public record ConsentSummary(StoryId storyId, AlumnusId alumnusId, String alumnusName, List<Row> rows,
        List<ConsentScope> missingForPublication, List<LinkRow> links) {

    public record Row(ConsentScope scope, boolean covered, List<String> neededFor) {

        public boolean needed() {
            return !neededFor.isEmpty();
        }

        public boolean missing() {
            return needed() && !covered;
        }
    }

    public record LinkRow(StoryCheckLink link, StoryCheckLink.State state) {
    }
}
