package id.cerita.impact;

import java.util.List;

/**
 * The groups of one dimension with at least three people, largest first; {@code hiddenGroups} says how many smaller
 * groups are left out (without naming them).
 */
public record ImpactBreakdown(ImpactDimension dimension, List<ImpactRow> rows, int hiddenGroups) {

    public ImpactBreakdown {
        rows = List.copyOf(rows);
    }
}
