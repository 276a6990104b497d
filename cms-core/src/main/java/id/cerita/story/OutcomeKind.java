package id.cerita.story;

/** What changed for the alumnus after the training. */
public enum OutcomeKind {
    BUSINESS_OPENED, JOB_OBTAINED, CAREER_CHANGE,
    /** amount is Rupiah per month */
    MONTHLY_REVENUE,
    /** amount is a number of people */
    EMPLOYEES_HIRED,
    OTHER
}
