package id.cerita.alumni;


import id.cerita.common.AlumnusId;

/** One line of the alumni list. */
public record AlumnusRow(AlumnusId id, String fullName, Integer cohort, String regionCode, String regionName,
        String businessName, String occupation, int stories) {
}
