package id.cerita.impact;

/**
 * The figures of one group of alumni. Every figure that counts fewer than {@link ImpactTally#MINIMUM_PEOPLE} people
 * is null ("fewer than three"), so that no one can be singled out: a count, and the staff and revenue figures, which
 * also need that many people who reported both the figure before and the figure after.
 *
 * @param people alumni in the group
 * @param staffBefore people employed before the training, summed over those who reported both figures
 * @param revenueBeforeMedian median monthly revenue in Rupiah before, over those who reported both figures
 */
public record ImpactFigures(Integer people, Integer businessesOpened, Integer jobsObtained, Integer careerChanges,
        Integer staffReported, Long staffBefore, Long staffAfter, Integer revenueReported, Long revenueBeforeMedian,
        Long revenueAfterMedian) {

    public boolean shown() {
        return people != null;
    }
}
