package id.cerita.alumni;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What an editor types about an alumnus. */
public record AlumnusDetails(@NotBlank @Size(max = 200) String fullName, @Positive Integer cohort,
        @NotBlank String regionCode, @Size(max = 200) String businessName, @Size(max = 200) String occupation) {
}
