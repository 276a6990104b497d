package id.cerita.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.PlainText;

/**
 * A result the story reports, with where the figure came from (an interview, a news report, programme data). The
 * impact figures compare {@code baseline} (before the training) with {@code amount} (after) for revenue and staff;
 * {@code formerly} is what the alumnus did before, e.g. the job title a career change left behind.
 */
@Table("story_outcome")
public record Outcome(@NotNull OutcomeKind kind,
        @NotBlank @Size(max = StoryLimits.OUTCOME_DESCRIPTION) @PlainText(multiline = true) String description,
        @PositiveOrZero Long baseline, @PositiveOrZero Long amount,
        @Size(max = StoryLimits.OUTCOME_FORMERLY) @PlainText String formerly,
        @NotBlank @Size(max = StoryLimits.OUTCOME_SOURCE) @PlainText String source) {

    @PersistenceCreator
    public Outcome {
        formerly = formerly == null || formerly.isBlank() ? null : formerly.strip();
    }

    /** An outcome with no before figure. */
    public Outcome(OutcomeKind kind, String description, Long amount, String source) {
        this(kind, description, null, amount, null, source);
    }

    /** Both figures are known, so the change can be measured. */
    public boolean measured() {
        return baseline != null && amount != null;
    }
}
