package id.cerita.impact;

/** What impact figures are broken down by. */
public enum ImpactDimension {
    PROVINCE, COURSE, PROVIDER, COHORT, YEAR
}
