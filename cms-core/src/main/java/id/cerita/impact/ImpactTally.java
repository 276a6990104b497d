package id.cerita.impact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;

/**
 * Counts the impact figures of stories as the public sees them ({@code StoryReader.published(id, PUBLIC_SITE)}),
 * reading nothing else, so the site export, the staff pages and the tests agree. One alumnus counts once however
 * many stories and translations tell about them: the Indonesian, most recent story gives each kind of outcome, the
 * province and the year of first publication. Rules that keep it from exposing anyone:
 * <ul>
 * <li>only stories about an alumnus whose consent covers the website count; revenue and staff figures also need
 * consent to describe their business (BUSINESS_DETAILS);</li>
 * <li>no figure is given for fewer than {@link #MINIMUM_PEOPLE} people, and groups that small are not listed.</li>
 * </ul>
 */
public final class ImpactTally {

    /** The smallest number of people a published figure may describe. */
    public static final int MINIMUM_PEOPLE = 3;

    /** The story that speaks for an alumnus: Indonesian first, then the most recent. */
    private static final Comparator<StoryDetails> TELLING_FIRST = Comparator
        .comparing((StoryDetails s) -> s.language() != Language.ID)
        .thenComparing(StoryDetails::publishedAt, Comparator.reverseOrder())
        .thenComparing(StoryDetails::id);

    private ImpactTally() {
    }

    /** What one alumnus reports, merged over their stories. */
    private record Reported(String province, String provinceName, Map<String, String> courses,
            Map<String, String> providers, Integer cohort, int year, Set<OutcomeKind> kinds, Outcome staff,
            Outcome revenue) {
    }

    public static ImpactReport of(List<StoryDetails> publicStories, ZoneId zone) {
        Map<AlumnusId, List<StoryDetails>> byAlumnus = new HashMap<>();
        publicStories.stream()
            .filter(s -> s.person() != null && s.person().consents(ConsentScope.WEBSITE))
            .forEach(s -> byAlumnus.computeIfAbsent(s.person().alumnusId(), id -> new ArrayList<>(2)).add(s));
        // each alumnus's few stories sorted, not the whole site (the figures do not depend on the order of people)
        List<Reported> people = byAlumnus.values().stream()
            .map(stories -> {
                stories.sort(TELLING_FIRST);
                return reported(stories, zone);
            })
            .toList();
        List<ImpactBreakdown> breakdowns = List.of(
                breakdown(ImpactDimension.PROVINCE, people, r -> Map.of(r.province(), r.provinceName())),
                breakdown(ImpactDimension.COURSE, people, Reported::courses),
                breakdown(ImpactDimension.PROVIDER, people, Reported::providers),
                breakdown(ImpactDimension.COHORT, people,
                        r -> r.cohort() == null ? Map.of() : Map.of(String.valueOf(r.cohort()), String.valueOf(r.cohort()))),
                breakdown(ImpactDimension.YEAR, people,
                        r -> Map.of(String.valueOf(r.year()), String.valueOf(r.year()))));
        return new ImpactReport(figures(people), breakdowns);
    }

    private static Reported reported(List<StoryDetails> stories, ZoneId zone) {
        StoryDetails first = stories.getFirst();
        // a few entries each, only ever iterated into the breakdowns' groups
        Map<String, String> courses = new HashMap<>(4);
        Map<String, String> providers = new HashMap<>(4);
        // an array by kind: a hashed map per alumnus was the largest part of the tally in a profile at 55,000 stories
        Map<OutcomeKind, Outcome> outcomes = new EnumMap<>(OutcomeKind.class);
        int year = Integer.MAX_VALUE;
        for (StoryDetails s : stories) {
            for (CourseOffer offer : s.courses()) {
                courses.put(offer.course().slug(), offer.course().title());
                providers.put(offer.provider().slug(), offer.provider().name());
            }
            s.outcomes().forEach(o -> outcomes.putIfAbsent(o.kind(), o));
            year = Math.min(year, LocalDate.ofInstant(s.publishedAt(), zone).getYear());
        }
        boolean business = first.person().consents(ConsentScope.BUSINESS_DETAILS);
        Outcome staff = business ? measured(outcomes.get(OutcomeKind.EMPLOYEES_HIRED)) : null;
        Outcome revenue = business ? measured(outcomes.get(OutcomeKind.MONTHLY_REVENUE)) : null;
        Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
        kinds.addAll(outcomes.keySet());
        return new Reported(first.province().code(), first.province().name(), courses, providers,
                first.person().cohort(), year, kinds, staff, revenue);
    }

    /** The people of one group of a breakdown, under the label of the first of them. */
    private record Group(String label, List<Reported> people) {
    }

    private static Outcome measured(Outcome outcome) {
        return outcome != null && outcome.measured() ? outcome : null;
    }

    private static ImpactBreakdown breakdown(ImpactDimension dimension, List<Reported> people,
            Function<Reported, Map<String, String>> groupsOf) {
        // hashed while filling (one lookup per person and group), keys sorted once after
        Map<String, Group> groups = new HashMap<>();
        for (Reported r : people) {
            groupsOf.apply(r).forEach((key, label) -> groups.computeIfAbsent(key, k -> new Group(label, new ArrayList<>()))
                .people().add(r));
        }
        List<ImpactRow> rows = new ArrayList<>();
        int hidden = 0;
        for (var group : new TreeMap<>(groups).entrySet()) {
            ImpactFigures figures = figures(group.getValue().people());
            if (figures.shown()) {
                rows.add(new ImpactRow(group.getKey(), group.getValue().label(), figures));
            }
            else {
                hidden++;
            }
        }
        boolean numbered = dimension == ImpactDimension.COHORT || dimension == ImpactDimension.YEAR;
        rows.sort(numbered ? Comparator.comparing((ImpactRow r) -> Integer.parseInt(r.key()))
                : Comparator.comparing((ImpactRow r) -> r.figures().people(), Comparator.reverseOrder())
                    .thenComparing(ImpactRow::label));
        return new ImpactBreakdown(dimension, rows, hidden);
    }

    static ImpactFigures figures(List<Reported> group) {
        if (group.size() < MINIMUM_PEOPLE) {
            return new ImpactFigures(null, null, null, null, null, null, null, null, null, null);
        }
        List<Outcome> staff = group.stream().map(Reported::staff).filter(o -> o != null).toList();
        List<Outcome> revenue = group.stream().map(Reported::revenue).filter(o -> o != null).toList();
        boolean staffShown = staff.size() >= MINIMUM_PEOPLE;
        boolean revenueShown = revenue.size() >= MINIMUM_PEOPLE;
        return new ImpactFigures(group.size(), count(group, OutcomeKind.BUSINESS_OPENED),
                count(group, OutcomeKind.JOB_OBTAINED), count(group, OutcomeKind.CAREER_CHANGE),
                staffShown ? staff.size() : null, staffShown ? sum(staff, Outcome::baseline) : null,
                staffShown ? sum(staff, Outcome::amount) : null, revenueShown ? revenue.size() : null,
                revenueShown ? median(revenue, Outcome::baseline) : null,
                revenueShown ? median(revenue, Outcome::amount) : null);
    }

    private static Integer count(List<Reported> group, OutcomeKind kind) {
        long n = group.stream().filter(((Predicate<Reported>) r -> r.kinds().contains(kind))).count();
        return n >= MINIMUM_PEOPLE ? (int) n : null;
    }

    private static long sum(List<Outcome> outcomes, ToLongFunction<Outcome> figure) {
        return outcomes.stream().mapToLong(figure).sum();
    }

    private static long median(List<Outcome> outcomes, ToLongFunction<Outcome> figure) {
        long[] values = outcomes.stream().mapToLong(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : Math.round((values[middle - 1] + values[middle]) / 2.0);
    }
}
