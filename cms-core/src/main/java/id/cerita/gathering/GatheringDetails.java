package id.cerita.gathering;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What staff write about a temu alumni: the regency or city it was held in (from the region data), the day, an
 * optional venue and notes. Without a name it is called after its place and year.
 */
public record GatheringDetails(
        @Size(max = 300, message = "{reference.tooLong}") String name,
        @NotBlank(message = "{reference.gathering.region.required}") String regionCode,
        @Size(max = 300, message = "{reference.tooLong}") String place,
        @NotNull(message = "{reference.gathering.date.required}") LocalDate heldOn,
        @Size(max = 2000, message = "{reference.tooLong}") String notes) {

    public GatheringDetails {
        name = strip(name);
        regionCode = strip(regionCode);
        place = strip(place);
        notes = strip(notes);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
