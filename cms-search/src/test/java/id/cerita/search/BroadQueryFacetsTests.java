package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.cerita.story.Audience;

/**
 * A query with words that matches more stories than {@link StorySearch#COUNTED} counts its facets over its best
 * matches and says so; narrower queries and browsing without words count every match.
 */
class BroadQueryFacetsTests {

    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);
    private static final int BATIK = StorySearch.COUNTED + 40;
    private static StorySearch search;

    @BeforeAll
    static void indexStories() throws IOException {
        String alias = "broad-" + UUID.randomUUID().toString().substring(0, 8);
        StoryIndex index = new StoryIndex(TestSearchNode.client(), TestSearchNode.properties(alias), Clock.systemUTC());
        List<StoryDocument> documents = new ArrayList<>();
        for (int i = 0; i < BATIK; i++) {
            documents.add(StoryDocuments.story("batik-" + i).title("Perajin batik nomor " + i).themes("kriya")
                .body("Cerita batik ke-" + i + " dari Jambi.").place("15.71", "Kota Jambi", "Jambi").build());
        }
        for (int i = 0; i < 5; i++) {
            documents.add(StoryDocuments.story("keripik-" + i).title("Pembuat keripik nomor " + i).themes("kriya")
                .body("Cerita keripik ke-" + i + " dari Palu.").place("72.71", "Kota Palu", "Sulawesi Tengah").build());
        }
        index.write(documents, List.of());
        index.refresh();
        search = TestSearchNode.search(index);
    }

    @Test
    void countsTheFacetsOfABroadQueryOverItsBestMatchesAndSaysSo() throws IOException {
        StoryResults results = search.search(StoryQuery.text("batik"), PRESS);

        assertThat(results.total()).isEqualTo(BATIK);
        assertThat(results.counted()).isEqualTo(StorySearch.COUNTED);
        assertThat(results.facetsSampled()).isTrue();
        assertThat(results.facets().get("province")).singleElement()
            .satisfies(f -> assertThat(f.count()).isEqualTo(StorySearch.COUNTED));
    }

    @Test
    void countsEveryMatchOfANarrowQuery() throws IOException {
        StoryResults results = search.search(StoryQuery.text("keripik"), PRESS);

        assertThat(results.total()).isEqualTo(5);
        assertThat(results.counted()).isEqualTo(5);
        assertThat(results.facetsSampled()).isFalse();
        assertThat(results.facets().get("province")).singleElement()
            .satisfies(f -> assertThat(f.count()).isEqualTo(5));
    }

    @Test
    void countsEveryStoryWhenBrowsingWithoutWords() throws IOException {
        StoryResults results = search.search(StoryQuery.text(null), PRESS);

        assertThat(results.total()).isEqualTo(BATIK + 5);
        assertThat(results.facetsSampled()).isFalse();
        assertThat(results.facets().get("province")).extracting(StoryResults.Facet::count)
            .containsExactly((long) BATIK, 5L);
    }
}
