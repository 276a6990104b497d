package id.cerita.alumni;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import id.cerita.common.PlainText;

/**
 * What an editor types about an alumnus. Phone and e-mail are optional and for the newsroom only: they are never
 * indexed, exported or put in a press kit.
 */
public record AlumnusDetails(@NotBlank @Size(max = 200) @PlainText String fullName, @Positive Integer cohort,
        @NotBlank @Size(max = 40) @PlainText String regionCode, @Size(max = 200) @PlainText String businessName,
        @Size(max = 200) @PlainText String occupation,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()\\-]*$") String phone, @Email @Size(max = 200) String email) {

    public AlumnusDetails(String fullName, Integer cohort, String regionCode, String businessName, String occupation) {
        this(fullName, cohort, regionCode, businessName, occupation, null, null);
    }

    public AlumnusDetails {
        fullName = fullName == null ? null : fullName.strip();
        businessName = blankToNull(businessName);
        occupation = blankToNull(occupation);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
