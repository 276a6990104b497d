package id.cerita.alumni;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import id.cerita.common.PlainText;

/** What an editor types about an alumnus. */
public record AlumnusDetails(@NotBlank @Size(max = 200) @PlainText String fullName, @Positive Integer cohort,
        @NotBlank @Size(max = 40) @PlainText String regionCode, @Size(max = 200) @PlainText String businessName,
        @Size(max = 200) @PlainText String occupation) {
}
