package id.cerita.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.PlainText;

/** A result the story reports, with where the figure came from (an interview, a news report, programme data). */
@Table("story_outcome")
public record Outcome(@NotNull OutcomeKind kind,
        @NotBlank @Size(max = StoryLimits.OUTCOME_DESCRIPTION) @PlainText(multiline = true) String description,
        @PositiveOrZero Long amount, @NotBlank @Size(max = StoryLimits.OUTCOME_SOURCE) @PlainText String source) {
}
