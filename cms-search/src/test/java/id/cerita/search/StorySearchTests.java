package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.cerita.search.StoryResults.Facet;
import id.cerita.story.Audience;

/**
 * The query service on a real node: what each scope may find (embargo, consent, drafts), facets, highlights, cursor
 * paging, "did you mean", autocomplete and related stories.
 */
class StorySearchTests {

    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);
    private static StorySearch search;
    private static StorySuggestions suggestions;

    @BeforeAll
    static void indexStories() throws IOException {
        String alias = "search-" + UUID.randomUUID().toString().substring(0, 8);
        StoryIndex index = new StoryIndex(TestSearchNode.client(), TestSearchNode.properties(alias), Clock.systemUTC());
        List<StoryDocument> documents = new ArrayList<>(List.of(
                StoryDocuments.story("kue-gorontalo").title("Usaha kue kering di Gorontalo")
                    .body("Setelah pelatihan tata boga, Siti membuka usaha kue kering dan merekrut dua karyawan.")
                    .business("Kue Siti").cohort(5).build(),
                StoryDocuments.story("roti-pohuwato").title("Roti pisang dari Pohuwato").tertinggal().cohort(5)
                    .body("Roti pisang buatan Yusuf kini dijual di tiga desa.")
                    .place("75.03", "Kabupaten Pohuwato", "Gorontalo").build(),
                StoryDocuments.story("kue-embargo").title("Kue tradisional yang belum boleh terbit")
                    .body("Cerita kue ini masih diembargo sampai peluncuran resmi.")
                    .embargoUntil(Instant.now().plus(30, ChronoUnit.DAYS)).build(),
                StoryDocuments.story("kue-no-press-consent").title("Kue lapis tanpa izin pers")
                    .body("Alumnus hanya mengizinkan cerita kue ini di situs web.").audiences("PUBLIC_SITE").build(),
                StoryDocuments.story("kue-draft").title("Draf cerita kue yang belum disetujui")
                    .body("Draf tentang usaha kue.").workingCopyBy("sari").build(),
                StoryDocuments.story("jahit-palu").title("Penjahit di Palu").themes("busana")
                    .body("Rina melatih tetangganya menjahit.")
                    .place("72.71", "Kota Palu", "Sulawesi Tengah").build()));
        for (int i = 0; i < 12; i++) {
            documents.add(StoryDocuments.story("batik-" + i).title("Perajin batik nomor " + i).themes("kriya")
                .body("Cerita batik ke-" + i + " dari Jambi.").year(2020 + i % 5)
                .place("15.71", "Kota Jambi", "Jambi").build());
        }
        index.write(documents, List.of());
        index.refresh();
        FacetLabels labels = new FacetLabels(null, null, null) {
            @Override
            String label(String facet, String value) {
                return facet + ":" + value;
            }
        };
        search = new StorySearch(TestSearchNode.client(), index, labels, Clock.systemUTC());
        suggestions = new StorySuggestions(TestSearchNode.client(), index, Clock.systemUTC());
    }

    @Test
    void neverShowsThePressEmbargoedUnconsentedOrUnpublishedStoriesInHitsOrFacetCounts() throws IOException {
        StoryResults results = search.search(StoryQuery.text("kue"), PRESS);

        assertThat(ids(results)).containsExactlyInAnyOrder("kue-gorontalo", "roti-pohuwato");
        assertThat(results.total()).isEqualTo(2);
        assertThat(counts(results, "province")).containsExactly(Map.entry("75", 2L));
        StoryResults everything = search.search(StoryQuery.text(null), PRESS);
        assertThat(ids(everything)).doesNotContain("kue-embargo", "kue-no-press-consent", "kue-draft");
        assertThat(everything.total()).isEqualTo(15);
        assertThat(search.search(StoryQuery.text("diembargo peluncuran"), PRESS).total()).isZero();
        assertThat(suggestions.suggest("kue tra", PRESS)).isEmpty();
    }

    @Test
    void letsTheWebsiteAudienceAndStaffSeeWhatTheirScopeAllows() throws IOException {
        assertThat(ids(search.search(StoryQuery.text("kue lapis"), new SearchScope.Outside(Audience.PUBLIC_SITE))))
            .containsExactly("kue-no-press-consent");
        assertThat(ids(search.search(StoryQuery.text("draf kue"), new SearchScope.Staff("sari", false))))
            .containsExactly("kue-draft");
        assertThat(ids(search.search(StoryQuery.text("draf kue"), new SearchScope.Staff("budi", false)))).isEmpty();
        assertThat(ids(search.search(StoryQuery.text("draf kue"), new SearchScope.Staff("budi", true))))
            .containsExactly("kue-draft");
    }

    @Test
    void drillsDownFromProvinceToRegencyAndCountsThemesCohortsYearsAndThreeT() throws IOException {
        StoryQuery gorontalo = new StoryQuery(null, List.of("75"), null, null, null, null, null, null, false, false,
                null, null, null, null, 10);
        StoryResults results = search.search(gorontalo, PRESS);

        assertThat(counts(results, "regency")).containsOnly(Map.entry("75.71", 1L), Map.entry("75.03", 1L));
        assertThat(counts(results, "cohort")).containsOnly(Map.entry("5", 2L));
        assertThat(results.facets().get("tertinggal").getFirst().count()).isEqualTo(1);
        StoryResults all = search.search(StoryQuery.text(null), PRESS);
        assertThat(counts(all, "theme")).containsEntry("kriya", 12L).containsEntry("busana", 1L);
        assertThat(counts(all, "year")).containsEntry("2020", 3L).containsEntry("2024", 5L);
        assertThat(all.facets()).doesNotContainKey("regency");
    }

    @Test
    void highlightsTheMatchedWordsAndStemsTheQuery() throws IOException {
        StoryResults results = search.search(StoryQuery.text("pelatihan menjahit"), PRESS);

        assertThat(ids(results)).containsExactly("jahit-palu");
        assertThat(results.hits().getFirst().highlights()).anySatisfy(fragment -> assertThat(fragment)
            .contains("<mark>melatih</mark>").contains("<mark>menjahit</mark>"));
    }

    @Test
    void pagesThroughEveryResultWithSearchAfterWithoutRepeats() throws IOException {
        StoryQuery query = new StoryQuery("batik", null, null, null, null, null, null, null, false, false, null,
                null, StoryQuery.Sort.NEWEST, null, 5);
        List<String> seen = new ArrayList<>();
        StoryResults page = search.search(query, PRESS);
        int pages = 1;
        seen.addAll(ids(page));
        while (page.next() != null) {
            page = search.search(query.withAfter(page.next()), PRESS);
            seen.addAll(ids(page));
            pages++;
        }
        assertThat(seen).hasSize(12).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void suggestsACorrectSpellingWhenTheQueryFindsLittle() throws IOException {
        StoryResults results = search.search(StoryQuery.text("batk jambi"), PRESS);
        assertThat(results.didYouMean()).isEqualTo("batik jambi");
        assertThat(results.correctedFrom()).isEqualTo("batk jambi");
        assertThat(results.total()).isEqualTo(12);

        StoryResults exactly = search.search(StoryQuery.text("batk jambi"), PRESS, false);
        assertThat(exactly.total()).isZero();
        assertThat(exactly.correctedFrom()).isNull();
        assertThat(exactly.didYouMean()).isEqualTo("batik jambi");
    }

    @Test
    void completesTitlesPlacesBusinessesAndFindsRelatedStories() throws IOException {
        assertThat(suggestions.suggest("pohu", PRESS)).extracting(Suggestion::text)
            .contains("Kabupaten Pohuwato");
        assertThat(suggestions.suggest("Kue S", PRESS)).extracting(Suggestion::text, Suggestion::kind)
            .contains(org.assertj.core.groups.Tuple.tuple("Kue Siti", Suggestion.Kind.BUSINESS));
        assertThat(suggestions.related("batik-1", PRESS, 5)).extracting(StoryResults.Hit::storyId)
            .hasSize(5).allMatch(id -> id.startsWith("batik-")).doesNotContain("batik-1");
    }

    private static List<String> ids(StoryResults results) {
        return results.hits().stream().map(StoryResults.Hit::storyId).toList();
    }

    private static Map<String, Long> counts(StoryResults results, String facet) {
        return results.facets().get(facet).stream().collect(Collectors.toMap(Facet::value, Facet::count));
    }
}
