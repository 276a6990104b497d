package id.cerita.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import id.cerita.search.StoryDocument.Variant;

/** The query parts every story search shares: what a scope may see, the filters and the full-text match. */
final class StoryQueries {

    /**
     * The story's own text, and two fields the index copies the rest into: {@code names} (people, businesses, places,
     * providers, the gathering) and {@code training} (themes, courses, occupation, business, in Indonesian and
     * English). Eight fields instead of seventeen: each field costs a term lookup per word and segment on every query.
     * Not {@code body.en}: the English reading of every body (most of them Indonesian) doubled the postings a common
     * word reads, about a ninth of a query, and the judged set ranks better without it (nDCG@10 0.964 against 0.957);
     * English stories still match by their title and summary in English and by their body's words as written. It is
     * still highlighted.
     */
    static final List<String> TEXT_FIELDS = List.of("title^4", "title.en^4", "summary^2", "summary.en^2", "body",
            "names^3", "training^2", "training_en^2");

    /**
     * The fields analysed by the Indonesian and by the English chain, for {@link #asTyped}: the titles only. With the
     * body and the training words too, the bonus cost a third of a broad query; with the summaries, still a seventh
     * (bench/results/search.md). The judged set ranks about as well with the titles alone (nDCG@10 0.962 against 0.964
     * with the summaries, 0.954 with no bonus at all).
     */
    private static final List<String> ID_FIELDS = List.of("title^4");
    private static final List<String> EN_FIELDS = List.of("title.en^4");

    /** Small: enough to order a story before its translation, not to outrank a story the synonyms found. */
    private static final float AS_TYPED_BOOST = 0.2f;

    private StoryQueries() {
    }

    /**
     * The visibility rule, enforced inside every query, aggregation and suggestion. The times are whole minutes, so
     * the filters stay the same for a minute and Elasticsearch can cache them: an embargo counts until the minute
     * after it ends (never a moment early), a publication from the minute it happened.
     */
    static List<Query> visibility(SearchScope scope, Instant now) {
        List<Query> filters = new ArrayList<>();
        String minute = now.truncatedTo(ChronoUnit.MINUTES).toString();
        String nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES).toString();
        switch (scope) {
            case SearchScope.Outside outside -> {
                filters.add(term("variant", Variant.PUBLISHED.name()));
                filters.add(term("audiences", outside.audience().name()));
                filters.add(Query.of(q -> q.term(t -> t.field("live").value(true))));
                filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("published_at").lt(nextMinute)))));
                filters.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("embargo_until")))))
                    .should(s -> s.range(r -> r.date(d -> d.field("embargo_until").lte(minute))))
                    .minimumShouldMatch("1"))));
            }
            case SearchScope.Staff staff -> {
                filters.add(term("variant", Variant.WORKING.name()));
                if (!staff.allStories()) {
                    filters.add(term("author", staff.username()));
                }
            }
        }
        return filters;
    }

    static List<Query> filters(StoryQuery query) {
        List<Query> filters = new ArrayList<>();
        terms(filters, "province_code", query.provinces());
        terms(filters, "regency_code", query.regencies());
        terms(filters, "theme_codes", query.themes());
        terms(filters, "course_ids", query.courses());
        terms(filters, "provider_ids", query.providers());
        terms(filters, "cohort", query.cohorts().stream().map(String::valueOf).toList());
        terms(filters, "year", query.years().stream().map(String::valueOf).toList());
        terms(filters, "outcomes", query.outcomes());
        if (query.tertinggal()) {
            filters.add(Query.of(q -> q.term(t -> t.field("tertinggal").value(true))));
        }
        if (query.outermost()) {
            filters.add(Query.of(q -> q.term(t -> t.field("outermost").value(true))));
        }
        if (query.language() != null && !query.language().isBlank()) {
            filters.add(term("language", query.language()));
        }
        return filters;
    }

    /** Best field wins, others add a little; short queries need all words, longer ones most of them. */
    static Query text(String text) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS).type(TextQueryType.BestFields)
            .tieBreaker(0.3).minimumShouldMatch("2<75%")));
    }

    /**
     * The words with the places they name taken out: each place must match, by its region code (so "NTT" finds a
     * story from Alor) or as words (a regency named like a common word, "Batu", still finds the word), and the other
     * words match as {@link #text(String)} does.
     */
    static List<Query> text(PlaceNames.Parsed parsed) {
        List<Query> must = new ArrayList<>();
        if (parsed.hasRest()) {
            must.add(Query.of(q -> q.bool(b -> b.must(text(parsed.rest()))
                .should(asTyped(parsed.rest(), ID_FIELDS, "id_text"))
                .should(asTyped(parsed.rest(), EN_FIELDS, "en_text")))));
        }
        for (PlaceNames.Place place : parsed.places()) {
            must.add(Query.of(q -> q.bool(b -> {
                if (!place.provinceCodes().isEmpty()) {
                    b.should(s -> s.constantScore(c -> c.boost(2f).filter(f -> f.terms(t -> t.field("province_code")
                        .terms(v -> v.value(place.provinceCodes().stream().map(FieldValue::of).toList()))))));
                }
                if (!place.regencyCodes().isEmpty()) {
                    b.should(s -> s.constantScore(c -> c.boost(2f).filter(f -> f.terms(t -> t.field("regency_code")
                        .terms(v -> v.value(place.regencyCodes().stream().map(FieldValue::of).toList()))))));
                }
                b.should(s -> s.multiMatch(m -> m.query(place.words()).fields(TEXT_FIELDS)
                    .type(TextQueryType.BestFields).tieBreaker(0.3).operator(
                            co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)));
                return b.minimumShouldMatch("1");
            })));
        }
        return must;
    }

    /**
     * A bonus for the words as typed, without the synonyms: a story that says "fotografi" ranks above its English
     * translation that says "photography" for "pelatihan fotografi", and the other way round for "photography class".
     * The synonyms widen what is found; they should not outrank the reader's own words.
     */
    private static Query asTyped(String text, List<String> fields, String analyzer) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).analyzer(analyzer)
            .type(TextQueryType.BestFields).tieBreaker(0.3).boost(AS_TYPED_BOOST)));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        }
    }
}
