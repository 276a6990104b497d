package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;

/**
 * The checked-in index definition on a real node: Indonesian stemming, stop words, folding, search-time synonyms,
 * English analysis, prefixes and facet counts.
 */
class StoryIndexAnalysisTests {

    private static final String ALIAS = "analysis-" + UUID.randomUUID().toString().substring(0, 8);
    private static StoryIndex index;
    private static ElasticsearchClient client;

    @BeforeAll
    static void indexStories() throws IOException {
        client = TestSearchNode.client();
        index = new StoryIndex(client, TestSearchNode.properties(ALIAS), Clock.systemUTC());
        index.ensureExists();
        index.write(List.of(
                StoryDocuments.story("melatih").title("Dari peserta menjadi pelatih menjahit")
                    .body("Kini Rina melatih ibu-ibu di desanya menjahit busana muslim.").build(),
                StoryDocuments.story("dilatih").title("Warung kopi yang tumbuh")
                    .body("Setelah dilatih barista, Andi membuka kedai di Palu.")
                    .place("72.71", "Kota Palu", "Sulawesi Tengah").build(),
                StoryDocuments.story("umkm").title("Usaha mikro keripik pisang naik kelas")
                    .body("Usaha mikro milik Bu Sri kini mempekerjakan lima orang.").tertinggal()
                    .place("75.03", "Kabupaten Pohuwato", "Gorontalo").build(),
                StoryDocuments.story("roti").title("Toko roti di Ternate").themes("kuliner", "kue-dan-roti")
                    .body("Ia belajar membuat roti dan bolu lewat kursus daring.")
                    .place("82.71", "Kota Ternate", "Maluku Utara").build(),
                StoryDocuments.story("mua").title("Perias pengantin dari Kupang").themes("kecantikan")
                    .body("Dengan keterampilan tata rias, Maria menerima pesanan setiap akhir pekan.")
                    .person("Maria Goreti Laka").business("Maria Bridal Café")
                    .place("53.71", "Kota Kupang", "Nusa Tenggara Timur").build(),
                StoryDocuments.story("english").english().title("A baker who hired her neighbours")
                    // the summary, not the body: a body is read in its own language's chain only
                    .summary("She bakes for her village every morning.")
                    .body("After the online course she baked bread every morning and hired two employees.")
                    .place("51.71", "Kota Denpasar", "Bali").build()),
                List.of());
        index.refresh();
    }

    @Test
    void stemsIndonesianAffixesSoThatPelatihanFindsMelatihAndDilatih() throws IOException {
        assertThat(tokens("id_text", "pelatihan melatih dilatih latihan")).containsOnly("latih");
        assertThat(ids("pelatihan")).contains("melatih", "dilatih");
    }

    @Test
    void dropsIndonesianStopWordsAndFoldsCaseAndAccents() throws IOException {
        assertThat(tokens("id_text", "Yang dan di Café")).containsExactly("cafe");
        assertThat(ids("yang dan")).isEmpty();
        assertThat(ids("maria bridal cafe")).containsExactly("mua");
    }

    @Test
    void expandsDomainSynonymsAtSearchTimeOnly() throws IOException {
        assertThat(tokens("id_text", "UMKM")).containsExactly("umkm");
        assertThat(ids("UMKM")).containsExactly("umkm");
        assertThat(ids("MUA")).containsExactly("mua");
        assertThat(ids("makeup pengantin")).containsExactly("mua");
        assertThat(ids("kue")).contains("roti", "english");
        assertThat(ids("coffee")).containsExactly("dilatih");
    }

    @Test
    void analysesEnglishStoriesWithEnglishStemmingAndStopWords() throws IOException {
        assertThat(tokens("en_text", "The neighbours baked")).containsExactly("neighbour", "bake");
        assertThat(ids("hiring neighbour")).containsExactly("english");
    }

    @Test
    void findsTitlesNamesBusinessesAndPlacesByTheirFirstLetters() throws IOException {
        SearchResponse<StoryDocument> response = client.search(s -> s.index(ALIAS)
            .query(q -> q.multiMatch(m -> m.type(co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType.BoolPrefix)
                .query("kupa").fields("title.ac", "person_name.ac", "business.ac", "places.ac"))),
                StoryDocument.class);
        assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("mua");
        assertThat(ids("title.ac", "perias penga", true)).containsExactly("mua");
    }

    @Test
    void countsStoriesPerProvinceRegencyThemeAndThreeT() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(ALIAS).size(0)
            .aggregations("province", a -> a.terms(t -> t.field("province_code")))
            .aggregations("regency", a -> a.filter(f -> f.term(t -> t.field("province_code").value("75")))
                .aggregations("codes", sub -> sub.terms(t -> t.field("regency_code"))))
            .aggregations("theme", a -> a.terms(t -> t.field("theme_codes")))
            .aggregations("tertinggal", a -> a.filter(f -> f.term(t -> t.field("tertinggal").value(true)))),
                Void.class);
        assertThat(buckets(response, "province")).containsEntry("75", 2L).containsEntry("72", 1L)
            .containsEntry("51", 1L).hasSize(5);
        assertThat(response.aggregations().get("regency").filter().aggregations().get("codes").sterms().buckets()
            .array().stream().collect(Collectors.toMap(b -> b.key().stringValue(), StringTermsBucket::docCount)))
            .containsExactlyInAnyOrderEntriesOf(Map.of("75.71", 1L, "75.03", 1L));
        assertThat(buckets(response, "theme")).containsEntry("kuliner", 5L).containsEntry("kue-dan-roti", 1L)
            .containsEntry("kecantikan", 1L);
        assertThat(response.aggregations().get("tertinggal").filter().docCount()).isEqualTo(1);
    }

    private static Map<String, Long> buckets(SearchResponse<Void> response, String name) {
        return response.aggregations().get(name).sterms().buckets().array().stream()
            .collect(Collectors.toMap(b -> b.key().stringValue(), StringTermsBucket::docCount));
    }

    private static List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(ALIAS).analyzer(analyzer).text(text)).tokens().stream()
            .map(AnalyzeToken::token).toList();
    }

    private static List<String> ids(String query) throws IOException {
        return ids(null, query, false);
    }

    private static List<String> ids(String field, String query, boolean prefix) throws IOException {
        SearchResponse<StoryDocument> response = client.search(s -> s.index(ALIAS).query(q -> prefix
                ? q.matchBoolPrefix(m -> m.field(field).query(query))
                : q.multiMatch(m -> m.query(query).fields(StoryQueries.TEXT_FIELDS).minimumShouldMatch("2<75%"))),
                StoryDocument.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }
}
