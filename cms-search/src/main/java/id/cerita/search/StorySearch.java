package id.cerita.search;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.elasticsearch.core.search.TrackHits;

/**
 * Searches stories for journalists, the public and the newsroom: full text with highlights, filters with facet counts,
 * relevance or date order, deep paging with {@code search_after}, and a "did you mean" respelling. What a caller may
 * see is part of every query ({@link StoryQueries#visibility}), never a filter applied afterwards.
 */
@Service
public class StorySearch {

    /**
     * The title (marked whole) and the body's passages. Not the summary, which the hit shows whole anyway, nor the
     * body's English reading, which marks the same passages again: highlighting those two cost a tenth of a query
     * (bench/results/search.md).
     */
    private static final List<String> HIGHLIGHTED = List.of("title", "body");
    private static final String FACETS = "facets";
    /** Highlighted passages per hit, at most. */
    static final int SNIPPETS = 2;
    /** Fewer hits than this and a respelling is offered, or searched. */
    static final int FEW = 3;
    /** The matches a query with words counts its facets over, at most, unless cerita.search.facet-sample says. */
    public static final int COUNTED = 500;
    private static final Pattern PLAIN = Pattern.compile("</?mark>");
    private static final List<String> FLAGS = List.of("tertinggal", "outermost");
    /** What {@link ShownFields} reads of each hit. */
    static final List<String> SOURCE = List.of("story_id", "slug", "language", "translation_key", "title",
            "summary", "person_name", "business", "regency_code", "province_code", "places", "published_at", "status");

    private final ElasticsearchClient client;
    private final StoryIndex index;
    private final FacetLabels labels;
    private final Clock clock;
    private final int counted;

    @Autowired
    StorySearch(ElasticsearchClient client, StoryIndex index, FacetLabels labels, Clock clock,
            @Value("${cerita.search.facet-sample:" + COUNTED + "}") int counted) {
        this.client = client;
        this.index = index;
        this.labels = labels;
        this.clock = clock;
        this.counted = counted;
    }

    StorySearch(ElasticsearchClient client, StoryIndex index, FacetLabels labels, Clock clock) {
        this(client, index, labels, clock, COUNTED);
    }

    /** Searches, and shows the results of a confident respelling instead when the words found next to nothing. */
    public StoryResults search(StoryQuery query, SearchScope scope) throws IOException {
        return search(query, scope, true);
    }

    /**
     * With {@code correctTypos}, a query that finds fewer than {@value #FEW} stories and has a respelling (a word no
     * story contains, one or two letters from a word many do; never a word of the synonyms or a place name, so "donut"
     * is not turned into "donat") is run again respelled; if that finds more, those results come back, marked
     * {@link StoryResults#correctedFrom()}. Without it, the words are searched exactly as typed ("search instead for").
     */
    public StoryResults search(StoryQuery query, SearchScope scope, boolean correctTypos) throws IOException {
        StoryResults typed = searchAsTyped(query, scope);
        if (!correctTypos || typed.didYouMean() == null || query.after() != null) {
            return typed;
        }
        StoryResults respelled = searchAsTyped(query.withText(typed.didYouMean()), scope);
        return respelled.total() > typed.total()
                ? new StoryResults(respelled.total(), respelled.hits(), respelled.facets(), respelled.counted(),
                        typed.didYouMean(), respelled.next(), query.text())
                : typed;
    }

    private StoryResults searchAsTyped(StoryQuery query, SearchScope scope) throws IOException {
        SearchRequest request = request(query, scope);
        SearchResponse<ShownFields> response = client.search(request, ShownFields.class);
        List<StoryResults.Hit> hits = readersFirst(response.hits().hits(), query.readerLanguage()).stream()
            .map(StorySearch::hit).toList();
        String next = hits.size() == query.size() ? Cursor.of(response.hits().hits().getLast().sort()) : null;
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String didYouMean = query.hasText() && total < FEW ? didYouMean(query.text()) : null;
        Aggregate facets = response.aggregations().get(FACETS);
        long counted = facets == null ? 0 : facets.isSampler() ? facets.sampler().docCount() : total;
        return new StoryResults(total, hits, facets(facets), counted, didYouMean, next, null);
    }

    /**
     * A second, small request, only when next to nothing was found: riding along on every query, the term suggester
     * cost a few percent of all of them (bench/results/search.md). It offers spellings only for words no story
     * contains.
     */
    private String didYouMean(String text) throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(index.alias()).ignoreUnavailable(true)
            .allowNoIndices(true).size(0).trackTotalHits(t -> t.enabled(false))
            .suggest(g -> g.text(text).suggesters("spelling", t -> t.term(term -> term.field("spell")
                .suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Missing).prefixLength(0)
                .size(1)))), Void.class);
        return DidYouMean.from(response, text, StorySearch::neverRespelled);
    }

    /**
     * A story and its translation often both match (the synonyms join "florist" and "toko bunga"), and the one in the
     * reader's language belongs first: where a page holds both, that one moves up to the pair's first place. Only
     * within the page, so the cursor and every other hit's place stay as Elasticsearch ranked them; a constant bonus
     * for the language in the query instead would also lift unrelated stories over better matches.
     */
    static List<Hit<ShownFields>> readersFirst(List<Hit<ShownFields>> hits, String language) {
        if (language == null) {
            return hits;
        }
        List<Hit<ShownFields>> ordered = new ArrayList<>(hits.size());
        for (Hit<ShownFields> hit : hits) {
            if (ordered.contains(hit)) {
                continue;
            }
            if (!language.equals(hit.source().language())) {
                hits.stream().filter(other -> language.equals(other.source().language())
                        && other.source().translationKey() != null
                        && other.source().translationKey().equals(hit.source().translationKey()))
                    .findFirst().filter(translation -> !ordered.contains(translation)).ifPresent(ordered::add);
            }
            ordered.add(hit);
        }
        return ordered;
    }

    /** The request {@link #search} sends: also what a benchmark sends straight to Elasticsearch. */
    public SearchRequest request(StoryQuery query, SearchScope scope) {
        List<Query> filters = new ArrayList<>(StoryQueries.visibility(scope, clock.instant()));
        filters.addAll(StoryQueries.filters(query));
        Query main = Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (query.hasText()) {
                b.must(StoryQueries.text(PlaceNames.standard().parse(query.text())));
            }
            return b;
        }));
        return SearchRequest.of(s -> {
            // before the first story is indexed there is no index yet: that is "nothing found", not an error
            s.index(index.alias()).ignoreUnavailable(true).allowNoIndices(true).query(main).size(query.size())
                .source(src -> src.filter(f -> f.includes(SOURCE)))
                .trackTotalHits(TrackHits.of(t -> t.enabled(true)))
                .sort(sort(query)).aggregations(aggregations(query));
            if (query.after() != null) {
                s.searchAfter(Cursor.parse(query.after()));
            }
            if (query.hasText()) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                    .requireFieldMatch(false).fragmentSize(160).numberOfFragments(SNIPPETS)
                    .boundaryScanner(BoundaryScanner.Sentence).noMatchSize(0)
                    .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                    .fields(NamedValue.of("body", HighlightField.of(f -> f)))
                    // the words as they match the highlighted fields, not the whole eight-field query again per field
                    .highlightQuery(hq -> hq.multiMatch(m -> m.query(query.text()).fields(HIGHLIGHTED))));
            }
            return s;
        });
    }

    /** The programme's vocabulary and place names are words as meant, whatever the index holds. */
    private static boolean neverRespelled(String word) {
        String folded = String.join(" ", PlaceNames.words(word));
        return SynonymVocabulary.WORDS.contains(folded) || !PlaceNames.standard().codes(folded).isEmpty();
    }

    private static List<SortOptions> sort(StoryQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        if (query.sort() == StoryQuery.Sort.RELEVANCE && query.hasText()) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc).missing("_last"))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    /**
     * The facets sit under one parent aggregation. At the top level Elasticsearch would turn each terms aggregation
     * over a small keyword field into one filter query per value and run them all on every request ("filter by
     * filter"); under a parent it counts in one pass over the matching stories (cms-search README, and there the
     * cluster setting that also spares building those queries). Browsing without words counts every story (a match-all
     * filter); with words, the {@value #COUNTED} best matches (a sampler): exact for all but broad queries, where
     * counting thousands of stories cost as much as the match itself (bench/results/search.md) and the pages say the
     * counts are of the best matches ({@link StoryResults#counted()}).
     */
    private Map<String, Aggregation> aggregations(StoryQuery query) {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put("province", terms("province_code", 40));
        if (!query.provinces().isEmpty()) {
            facets.put("regency", terms("regency_code", 100));
        }
        facets.put("theme", terms("theme_codes", 50));
        facets.put("course", terms("course_ids", 30));
        facets.put("provider", terms("provider_ids", 30));
        facets.put("cohort", terms("cohort", 80));
        facets.put("year", terms("year", 20));
        facets.put("outcome", terms("outcomes", 10));
        facets.put("language", terms("language", 5));
        // a flag is one count: a filter over the flag's postings, far cheaper than a terms count over its doc values
        // (bench/results/search.md: the numeric and boolean facets were two thirds of the facets' cost)
        for (String flag : FLAGS) {
            facets.put(flag, Aggregation.of(a -> a.filter(f -> f.term(t -> t.field(flag).value(true)))));
        }
        return Map.of(FACETS, query.hasText()
                ? Aggregation.of(a -> a.sampler(sm -> sm.shardSize(counted)).aggregations(facets))
                : Aggregation.of(a -> a.filter(f -> f.matchAll(m -> m)).aggregations(facets)));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private Map<String, List<StoryResults.Facet>> facets(Aggregate all) {
        Map<String, List<StoryResults.Facet>> facets = new LinkedHashMap<>();
        if (all == null) {
            return facets;
        }
        (all.isSampler() ? all.sampler().aggregations() : all.filter().aggregations()).forEach((name, aggregate) -> {
            List<StoryResults.Facet> values = new ArrayList<>();
            if (aggregate.isSterms()) {
                aggregate.sterms().buckets().array().forEach(b -> values.add(new StoryResults.Facet(
                        b.key().stringValue(), labels.label(name, b.key().stringValue()), b.docCount())));
            } else if (aggregate.isFilter()) {
                values.add(new StoryResults.Facet("true", name, aggregate.filter().docCount()));
            } else if (aggregate.isLterms()) {
                // year and cohort in an index made from definition 4 or older, until it is rebuilt
                aggregate.lterms().buckets().array().forEach(b -> values.add(new StoryResults.Facet(
                        String.valueOf(b.key()), labels.label(name, String.valueOf(b.key())), b.docCount())));
            }
            facets.put(name, values);
        });
        return facets;
    }

    private static StoryResults.Hit hit(Hit<ShownFields> hit) {
        ShownFields d = hit.source();
        // the same sentence can come back twice when the body repeats it: keep each passage once
        Map<String, String> passages = new LinkedHashMap<>();
        for (String fragment : hit.highlight().getOrDefault("body", List.of())) {
            passages.putIfAbsent(PLAIN.matcher(fragment).replaceAll("").strip(), fragment.strip());
        }
        List<String> highlights = passages.values().stream().limit(SNIPPETS).toList();
        String title = Optional.ofNullable(hit.highlight().get("title")).filter(l -> !l.isEmpty())
            .map(List::getFirst).orElse(null);
        return new StoryResults.Hit(d.storyId(), d.slug(), d.language(), d.title(), d.summary(), d.personName(),
                d.business(), d.regencyCode(), d.provinceCode(), d.places(), d.publishedAt(), d.status(), title,
                highlights);
    }
}
