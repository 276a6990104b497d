package id.cerita.site.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import id.cerita.site.internal.Views.Alternate;
import id.cerita.site.internal.Views.Term;

/**
 * The fingerprint of each listing page, kept from one export to the next. An export after one edit plans every
 * listing page of the site (28,000 at 55,000 stories) to find the dozen that changed, and hashing them all was the
 * largest part of that plan. A kept fingerprint is reused only when everything it was made from is equal (the page's
 * own words and numbers, its stories' digests byte for byte, their other-language links), so reuse never changes a
 * fingerprint, it only skips computing it. Thread-safe: listing pages are planned in parallel.
 */
public final class ListingFingerprints {

    /** What a listing page's fingerprint reads besides its cards. */
    record Page(String version, String url, String baseUrl, String title, String heading, int number, int pages,
            boolean homeFirst, String language, String description, List<Term> provinces, List<Term> themes) {
    }

    private record Kept(Page page, byte[][] digests, List<List<Alternate>> alternates, String fingerprint) {
    }

    private volatile Map<String, Kept> kept = Map.of();
    private volatile Map<String, Kept> building = new ConcurrentHashMap<>();

    /** The page's fingerprint: the last export's when its inputs are all equal, else computed from them. */
    String of(Page page, byte[][] digests, List<List<Alternate>> alternates) {
        return of(page, digests, alternates, () -> compute(page, digests, alternates));
    }

    /** The one place that reads a listing page's inputs into its fingerprint, so the kept ones can never miss one. */
    private static String compute(Page page, byte[][] digests, List<List<Alternate>> alternates) {
        Fingerprint f = Fingerprint.of(page.version(), "listing", page.url(), page.baseUrl(), page.title(),
                page.heading(), String.valueOf(page.number()), String.valueOf(page.pages()),
                String.valueOf(page.homeFirst()), page.language());
        f.add(page.description());
        for (byte[] digest : digests) {
            f.add(digest);
        }
        alternates.forEach(links -> links.forEach(a -> f.add(a.url()).add(a.title())));
        page.provinces().forEach(t -> f.add(t.toString()));
        page.themes().forEach(t -> f.add(t.toString()));
        return f.hex();
    }

    /** As {@link #of(Page, byte[][], List)}, computing with {@code compute}: tests count the computations. */
    String of(Page page, byte[][] digests, List<List<Alternate>> alternates, Supplier<String> compute) {
        Kept last = kept.get(page.url());
        String fingerprint = last != null && last.page().equals(page) && Arrays.deepEquals(last.digests(), digests)
                && last.alternates().equals(alternates) ? last.fingerprint() : compute.get();
        building.put(page.url(), new Kept(page, digests, alternates, fingerprint));
        return fingerprint;
    }

    /** After a plan: keep this export's pages only. */
    void planned() {
        kept = building;
        // sized for as many as this export had: growing a map of 55,000 entries from empty was a tenth of a plan
        building = new ConcurrentHashMap<>(kept.size() + kept.size() / 3 + 16);
    }
}
