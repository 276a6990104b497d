package id.cerita.story;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.PlainText;

/** Everything an editor writes in a story: the command behind both "create" and "save". */
public record StoryContent(
        @NotNull Language language,
        @NotBlank @Size(max = StoryLimits.TITLE) @PlainText String title,
        @Size(max = StoryLimits.SLUG) @PlainText String slug,
        @NotBlank @Size(max = StoryLimits.SUMMARY) @PlainText(multiline = true) String summary,
        @NotNull @Size(max = StoryContent.MAX_BODY) @PlainText(multiline = true) String body,
        AlumnusId alumnusId,
        @NotBlank @Size(max = StoryLimits.CODE) @PlainText String regionCode,
        GatheringId gatheringId,
        @Size(max = StoryLimits.COURSES, message = "{cerita.list.size}") Set<CourseId> courseIds,
        @Size(max = StoryLimits.THEMES, message = "{cerita.list.size}")
        Set<@Size(max = StoryLimits.CODE) @PlainText String> themeCodes,
        @Size(max = StoryLimits.QUOTES, message = "{cerita.list.size}") List<@Valid Quote> quotes,
        @Size(max = StoryLimits.OUTCOMES, message = "{cerita.list.size}") List<@Valid Outcome> outcomes,
        @Size(max = StoryLimits.SOURCES, message = "{cerita.list.size}") List<@Valid SourceReference> sources) {

    /** 100,000 characters: a long feature is a tenth of that. */
    public static final int MAX_BODY = StoryLimits.BODY;

    public StoryContent {
        courseIds = courseIds == null ? Set.of() : Set.copyOf(courseIds);
        themeCodes = themeCodes == null ? Set.of() : Set.copyOf(themeCodes);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
