package id.cerita.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** A result the story reports, with where the figure came from (an interview, a news report, programme data). */
@Table("story_outcome")
public record Outcome(@NotNull OutcomeKind kind, @NotBlank @Size(max = 1000) String description,
        @PositiveOrZero Long amount, @NotBlank @Size(max = 500) String source) {
}
