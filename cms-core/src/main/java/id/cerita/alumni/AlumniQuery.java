package id.cerita.alumni;

/**
 * A search of the alumni list: words matched in the name, business or occupation; a province (2 digits) or regency
 * code; a cohort (gelombang). Blank parts are ignored.
 */
public record AlumniQuery(String text, String region, Integer cohort) {

    public static AlumniQuery none() {
        return new AlumniQuery(null, null, null);
    }
}
