package id.cerita.story;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Everything an editor writes in a story: the command behind both "create" and "save". */
public record StoryContent(
        @NotNull Language language,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 80) String slug,
        @NotBlank @Size(max = 600) String summary,
        @NotNull @Size(max = StoryContent.MAX_BODY) String body,
        UUID alumnusId,
        @NotBlank String regionCode,
        UUID gatheringId,
        Set<UUID> courseIds,
        Set<String> themeCodes,
        List<@Valid Quote> quotes,
        List<@Valid Outcome> outcomes,
        List<@Valid SourceReference> sources) {

    /** 100,000 characters: a long feature is a tenth of that. */
    public static final int MAX_BODY = 100_000;

    public StoryContent {
        courseIds = courseIds == null ? Set.of() : Set.copyOf(courseIds);
        themeCodes = themeCodes == null ? Set.of() : Set.copyOf(themeCodes);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
