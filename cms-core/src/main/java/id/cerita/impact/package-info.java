/**
 * The programme's impact in numbers: what the alumni of published stories report before and after their training,
 * counted per province, course, provider, cohort and year, only as far as their consent allows and never for fewer
 * than three people.
 */
package id.cerita.impact;
