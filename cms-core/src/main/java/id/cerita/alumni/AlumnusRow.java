package id.cerita.alumni;

import java.util.UUID;

/** One line of the alumni list. */
public record AlumnusRow(UUID id, String fullName, Integer cohort, String regionCode, String regionName,
        String businessName, String occupation, int stories) {
}
