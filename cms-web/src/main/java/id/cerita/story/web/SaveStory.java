package id.cerita.story.web;

import java.util.List;
import java.util.Set;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.InvalidFieldException;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.StoryContent;

/**
 * PUT /api/stories/{id}: the whole content again, with the {@code version} it was read at. If someone saved in between
 * the answer is 409 with their text, and nothing is overwritten.
 */
record SaveStory(Long version, Language language, String title, String slug, String summary, String body,
        AlumnusId alumnusId, String regionCode, GatheringId gatheringId, Set<CourseId> courseIds, Set<String> themeCodes,
        List<Quote> quotes, List<Outcome> outcomes, List<SourceReference> sources) {

    long expectedVersion() {
        if (version == null) {
            throw new InvalidFieldException("version", "version.missing",
                    "Sertakan versi cerita yang Anda baca (field 'version'), agar suntingan orang lain tidak tertimpa");
        }
        return version;
    }

    StoryContent content() {
        return new StoryContent(language, title, slug, summary, body, alumnusId, regionCode, gatheringId, courseIds,
                themeCodes, quotes, outcomes, sources);
    }
}
