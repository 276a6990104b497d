package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.cerita.site.internal.Views.Alternate;
import id.cerita.site.internal.Views.Term;

class ListingFingerprintsTests {

    private final ListingFingerprints kept = new ListingFingerprints();
    private final AtomicInteger computed = new AtomicInteger();

    private static ListingFingerprints.Page page(String description) {
        return new ListingFingerprints.Page("v1", "/provinsi/15/", "https://cerita.example.id", "Cerita Alumni",
                "Provinsi Jambi", 1, 3, false, "id", description, List.of(new Term("/provinsi/15/", "Jambi", 4)), List.of());
    }

    private static byte[][] digests(int last) {
        return new byte[][] { { 1, 2, 3 }, { 4, 5, (byte) last } };
    }

    private static List<List<Alternate>> alternates(String title) {
        return List.of(List.of(new Alternate("en", "/en/stories/a/", "https://cerita.example.id/en/stories/a/", title,
                "English")), List.of());
    }

    private String fingerprint(ListingFingerprints.Page page, byte[][] digests, List<List<Alternate>> alternates) {
        return kept.of(page, digests, alternates, () -> "computed-" + computed.incrementAndGet());
    }

    @Test
    void anUnchangedPageKeepsItsFingerprintWithoutComputingIt() {
        String first = fingerprint(page("12 cerita"), digests(6), alternates("Donuts"));
        kept.planned();

        // equal, not the same arrays: a story digest hashed anew gives an equal array
        assertThat(fingerprint(page("12 cerita"), digests(6), alternates("Donuts"))).isEqualTo(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void anyChangedInputComputesItAgain() {
        fingerprint(page("12 cerita"), digests(6), alternates("Donuts"));
        kept.planned();

        assertThat(fingerprint(page("13 cerita"), digests(6), alternates("Donuts"))).isEqualTo("computed-2");
        assertThat(fingerprint(page("12 cerita"), digests(7), alternates("Donuts"))).isEqualTo("computed-3");
        assertThat(fingerprint(page("12 cerita"), digests(6), alternates("Doughnuts"))).isEqualTo("computed-4");
    }

    @Test
    void onlyTheLastPlansPagesAreKept() {
        fingerprint(page("12 cerita"), digests(6), alternates("Donuts"));
        kept.planned();
        kept.planned(); // an export in which the page was not planned (its province left the site)

        assertThat(fingerprint(page("12 cerita"), digests(6), alternates("Donuts"))).isEqualTo("computed-2");
    }
}
