package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cerita.story.Audience;

/**
 * Queries as Indonesian journalists type them, on a real node: province and regency short forms, everyday synonyms
 * and typos with the results of the respelling shown.
 */
class JournalistQueryTests {

    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);
    private static StorySearch search;

    @BeforeAll
    static void indexStories() throws IOException {
        String alias = "journalist-" + UUID.randomUUID().toString().substring(0, 8);
        StoryIndex index = new StoryIndex(TestSearchNode.client(), TestSearchNode.properties(alias), Clock.systemUTC());
        index.write(List.of(
                StoryDocuments.story("alor").title("Harapan untuk pariwisata").body("Bupati berharap pelatihan membantu.")
                    .place("53.05", "Kabupaten Alor", "Nusa Tenggara Timur").build(),
                StoryDocuments.story("sigi").title("Sarjana konseling pindah ke ritel").body("Fikram kini bekerja.")
                    .place("72.10", "Kabupaten Sigi", "Sulawesi Tengah").build(),
                StoryDocuments.story("mentawai").title("Dari kelas fotografi ke kepala biro")
                    .body("Mesra belajar fotografi lalu menjadi jurnalis media daring.")
                    .place("13.09", "Kabupaten Kepulauan Mentawai", "Sumatera Barat").build(),
                StoryDocuments.story("tanjabbar").title("Usaha sewa papan ucapan").body("Yeni merintis usaha sewa.")
                    .place("15.06", "Kabupaten Tanjung Jabung Barat", "Jambi").build(),
                StoryDocuments.story("seram").title("Grup WhatsApp alumni").body("Alumni merintis usaha bersama.")
                    .place("81.06", "Kabupaten Seram Bagian Barat", "Maluku").build(),
                StoryDocuments.story("florist").title("Rangkaian bunga sampai ke meja gubernur")
                    .body("Fitri merangkai bunga untuk pelanggan.")
                    .place("16.73", "Kota Lubuk Linggau", "Sumatera Selatan").build(),
                StoryDocuments.story("donat").title("Gerai donat di Kota Jambi").body("Hujaipah membuka gerai donat.")
                    .place("15.71", "Kota Jambi", "Jambi").build(),
                StoryDocuments.story("donut-en").english().translationOf("donat").title("A doughnut shop in Jambi City")
                    .body("Hujaipah opened a doughnut shop after a baking course.")
                    .place("15.71", "Kota Jambi", "Jambi").build()),
                List.of());
        index.refresh();
        search = TestSearchNode.search(index);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({ "NTT, alor", "Nusa Tenggara Timur, alor", "Sulteng, sigi", "Kab. Sigi, sigi", "Sumbar, mentawai",
            "Mentawai, mentawai", "Tanjabbar, tanjabbar", "SBB, seram", "Sumsel, florist", "Lubuklinggau, florist",
            "pariwisata NTT, alor", "alumni SBB, seram" })
    void readsPlacesAsJournalistsWriteThem(String query, String story) throws IOException {
        assertThat(ids(query)).contains(story);
    }

    @Test
    void aPlaceNarrowsTheOtherWordsToIt() throws IOException {
        assertThat(ids("usaha Tanjabbar")).containsExactly("tanjabbar");
        assertThat(ids("Jambi")).containsExactlyInAnyOrder("tanjabbar", "donat", "donut-en");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({ "wartawan, mentawai", "juru foto, mentawai", "photographer, mentawai", "karangan bunga, florist",
            "florist, florist", "toko bunga, florist", "doughnut, donat", "donut, donut-en" })
    void findsTheProgrammesWordsBySynonym(String query, String story) throws IOException {
        assertThat(ids(query)).contains(story);
    }

    @Test
    void showsTheResultsOfAConfidentRespellingAndOffersTheWordsAsTyped() throws IOException {
        StoryResults results = search.search(StoryQuery.text("fotograpi"), PRESS);

        assertThat(results.correctedFrom()).isEqualTo("fotograpi");
        assertThat(results.didYouMean()).isEqualTo("fotografi");
        assertThat(results.hits()).extracting(StoryResults.Hit::storyId).contains("mentawai");
        assertThat(search.search(StoryQuery.text("fotograpi"), PRESS, false).total()).isZero();
    }

    @Test
    void neverRespellsAWordTheSynonymsKnow() throws IOException {
        StoryResults results = search.search(StoryQuery.text("donut shop"), PRESS);

        assertThat(results.hits()).extracting(StoryResults.Hit::storyId).contains("donut-en");
        assertThat(results.didYouMean()).isNull();
        assertThat(results.correctedFrom()).isNull();
    }

    @ParameterizedTest(name = "{0} read in {1} finds {2} first")
    @CsvSource({ "donat, en, donut-en", "donat, id, donat", "doughnut, en, donut-en", "doughnut, id, donat" })
    void putsTheStoryInTheReadersLanguageBeforeItsTranslation(String query, String reader, String first)
            throws IOException {
        List<String> ids = search.search(StoryQuery.text(query).readBy(reader), PRESS).hits().stream()
            .map(StoryResults.Hit::storyId).toList();

        assertThat(ids).startsWith(first).containsExactlyInAnyOrder("donat", "donut-en");
    }

    private static List<String> ids(String query) throws IOException {
        return search.search(StoryQuery.text(query), PRESS).hits().stream().map(StoryResults.Hit::storyId).toList();
    }
}
