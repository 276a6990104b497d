package id.cerita.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff write about a training provider: the command behind "register" and "revise". */
public record ProviderDetails(
        @NotBlank(message = "{reference.provider.name.required}") @Size(max = 200, message = "{reference.tooLong}") String name,
        @Size(max = 120, message = "{reference.tooLong}") String city,
        @Size(max = 500, message = "{reference.tooLong}")
        @Pattern(regexp = "https?://[^\\s]+", message = "{reference.website.format}") String website,
        @Size(max = 2000, message = "{reference.tooLong}") String description) {

    public ProviderDetails {
        name = strip(name);
        city = strip(city);
        website = strip(website);
        description = strip(description);
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
