package id.cerita.story.web;

import java.util.List;
import java.util.Set;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.StoryId;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.StoryContent;

/** POST /api/stories: a new story, optionally as the translation of another one. */
record CreateStory(Language language, String title, String slug, String summary, String body, AlumnusId alumnusId,
        String regionCode, GatheringId gatheringId, Set<CourseId> courseIds, Set<String> themeCodes, List<Quote> quotes,
        List<Outcome> outcomes, List<SourceReference> sources, StoryId translationOf) {

    StoryContent content() {
        return new StoryContent(language, title, slug, summary, body, alumnusId, regionCode, gatheringId, courseIds,
                themeCodes, quotes, outcomes, sources);
    }
}
