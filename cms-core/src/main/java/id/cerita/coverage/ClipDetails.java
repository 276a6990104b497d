package id.cerita.coverage;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import id.cerita.common.GatheringId;
import id.cerita.common.PlainText;
import id.cerita.common.StoryId;

/**
 * What a clip says: the outlet, where and when it appeared, who wrote it, its headline, a short excerpt (a quote for
 * the record, not the article), its language, its reach when known, and what it covers.
 */
public record ClipDetails(
        @NotBlank @Size(max = 200) @PlainText String outlet,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
        @NotNull LocalDate publishedOn,
        @Size(max = 200) @PlainText String reporter,
        @NotBlank @Size(max = 500) @PlainText String headline,
        @Size(max = 2000) @PlainText(multiline = true) String excerpt,
        @NotBlank @Pattern(regexp = "id|en") String language,
        @PositiveOrZero Long reach,
        GatheringId gatheringId,
        @Size(max = 50) Set<StoryId> storyIds) {

    public ClipDetails {
        storyIds = storyIds == null ? Set.of() : Set.copyOf(storyIds);
        url = url == null || url.isBlank() ? null : url.strip();
        reporter = reporter == null || reporter.isBlank() ? null : reporter.strip();
        excerpt = excerpt == null || excerpt.isBlank() ? null : excerpt.strip();
    }
}
