package id.cerita.impact;

import java.util.List;

/** All impact figures of the published stories: the whole programme, then each breakdown. */
public record ImpactReport(ImpactFigures overall, List<ImpactBreakdown> breakdowns) {

    public ImpactReport {
        breakdowns = List.copyOf(breakdowns);
    }

    public ImpactBreakdown breakdown(ImpactDimension dimension) {
        return breakdowns.stream().filter(b -> b.dimension() == dimension).findFirst().orElseThrow();
    }
}
