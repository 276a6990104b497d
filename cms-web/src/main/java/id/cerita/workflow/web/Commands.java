package id.cerita.workflow.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the workflow API: one record per use case. */
final class Commands {

    private Commands() {
    }

    /** A local date-time in {@code zone} (an IANA zone id; Asia/Jakarta when left out). */
    record Schedule(@NotNull LocalDateTime publishAt, String zone) {
    }

    record Embargo(@NotNull LocalDateTime until, String zone) {
    }

    record Lift(@NotBlank @Size(max = 1000) String reason) {
    }

    record Restore(long expectedVersion) {
    }

    record Comment(int paragraph, @NotBlank @Size(max = 4000) String text) {
    }
}
