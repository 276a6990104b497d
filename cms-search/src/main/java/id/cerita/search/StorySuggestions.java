package id.cerita.search;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.cerita.search.StoryDocument.Variant;

/**
 * Autocomplete (titles, people, businesses and places by their first letters, through {@code index_prefixes}) and
 * related stories (more like this), both limited to what the scope may see.
 */
@Service
public class StorySuggestions {

    private static final int MAX = 8;

    private final ElasticsearchClient client;
    private final StoryIndex index;
    private final Clock clock;

    StorySuggestions(ElasticsearchClient client, StoryIndex index, Clock clock) {
        this.client = client;
        this.index = index;
        this.clock = clock;
    }

    public List<Suggestion> suggest(String typed, SearchScope scope) throws IOException {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String prefix = typed.strip();
        List<Query> filters = StoryQueries.visibility(scope, clock.instant());
        SearchResponse<StoryDocument> response = client.search(s -> s.index(index.alias()).ignoreUnavailable(true).allowNoIndices(true).size(MAX * 2)
            .source(src -> src.filter(f -> f.includes("story_id", "title", "person_name", "business", "places")))
            .query(q -> q.bool(b -> b.filter(filters).must(m -> m.multiMatch(mm -> mm.query(prefix)
                .type(TextQueryType.BoolPrefix).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)
                .fields("title.ac^3", "person_name.ac^2", "business.ac^2", "places.ac"))))), StoryDocument.class);
        Map<String, Suggestion> found = new LinkedHashMap<>();
        String folded = fold(prefix);
        for (Hit<StoryDocument> hit : response.hits().hits()) {
            StoryDocument d = hit.source();
            offer(found, d.title(), Suggestion.Kind.TITLE, d.storyId(), folded);
            offer(found, d.personName(), Suggestion.Kind.PERSON, d.storyId(), folded);
            offer(found, d.business(), Suggestion.Kind.BUSINESS, d.storyId(), folded);
            if (d.places() != null) {
                d.places().forEach(place -> offer(found, place, Suggestion.Kind.PLACE, null, folded));
            }
        }
        return found.values().stream().limit(MAX).toList();
    }

    private static void offer(Map<String, Suggestion> found, String text, Suggestion.Kind kind, String storyId,
            String foldedPrefix) {
        if (text == null) {
            return;
        }
        String folded = fold(text);
        boolean matches = folded.startsWith(foldedPrefix) || folded.contains(" " + foldedPrefix)
                || matchesEveryWord(folded, foldedPrefix);
        if (matches) {
            found.putIfAbsent(kind + ":" + folded, new Suggestion(text, kind, storyId));
        }
    }

    private static boolean matchesEveryWord(String text, String prefix) {
        List<String> words = List.of(text.split("\\W+"));
        for (String part : prefix.split("\\s+")) {
            if (words.stream().noneMatch(w -> w.startsWith(part))) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Stories like this one (its published text), visible to the scope, most similar first. */
    public List<StoryResults.Hit> related(String storyId, SearchScope scope, int size) throws IOException {
        String likeId = scope instanceof SearchScope.Staff ? Variant.WORKING.documentId(storyId) : storyId;
        List<Query> filters = new ArrayList<>(StoryQueries.visibility(scope, clock.instant()));
        SearchResponse<StoryDocument> response;
        try {
            // before the first story is indexed there is no index: no related stories, not an error
            response = client.search(s -> s.index(index.alias()).ignoreUnavailable(true)
                .allowNoIndices(true).size(size)
                .query(q -> q.bool(b -> b.filter(filters)
                    .mustNot(StoryQueries.term("story_id", storyId))
                    .must(m -> m.moreLikeThis(mlt -> mlt
                        .fields("title", "summary", "body", "themes", "courses", "places")
                        .like(l -> l.document(d -> d.index(index.alias()).id(likeId)))
                        .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%"))))),
                    StoryDocument.class);
        } catch (ElasticsearchException e) {
            // the node answered but refused (an index mid-swap, a document not yet there): for callers that is
            // "related stories unavailable", like a node that does not answer
            throw new IOException("related stories for " + storyId + ": " + e.getMessage(), e);
        }
        return response.hits().hits().stream().map(h -> {
            StoryDocument d = h.source();
            return new StoryResults.Hit(d.storyId(), d.slug(), d.language(), d.title(), d.summary(), d.personName(),
                    d.business(), d.regencyCode(), d.provinceCode(), d.places(), d.publishedAt(), d.status(), null,
                    List.of());
        }).toList();
    }
}
