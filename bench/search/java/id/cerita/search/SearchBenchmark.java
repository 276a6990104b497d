package id.cerita.search;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import id.cerita.search.embedded.EmbeddedElasticsearch;
import id.cerita.story.Audience;
import jakarta.json.stream.JsonGenerator;

/**
 * bench/search/run.sh: indexes {@link GeneratedStories} (corpus sentences, real regions, courses, themes) into a
 * fresh embedded node and reports documents per second; then sends the same full-text + 3 filters + facets +
 * highlighting search through Cerita's query service ({@link StorySearch#search}: request building, visibility rule,
 * response mapping, facet labels, cursor) and straight to Elasticsearch (the identical JSON body over HTTP, response
 * read as bytes), at concurrency 1, 8 and 32, and writes bench/results/search.md.
 */
public final class SearchBenchmark {

    private static final int WARM_UP_SECONDS = 120;
    private static final int REWARM_SECONDS = 30;
    private static final int EDIT_BATCHES = 100;
    private static final int EDITS_PER_BATCH = 10;
    private static final int ROUNDS = 8;
    private static final int QUERIES = 200;
    private static final int BATCH = Integer.getInteger("bench.batch", 1000);
    private static final int IN_FLIGHT = Integer.getInteger("bench.inFlight", 2);
    private static final List<String> WORDS = List.of("pemerintah", "pelatihan", "usaha", "kota", "pasar", "anak",
            "sekolah", "desa", "harga", "jalan", "kerja", "kue", "rias", "pertanian", "ekonomi", "laut");

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path output = Path.of(args.length > 1 ? args[1] : "bench/results/search.md");
        Path home = Files.createTempDirectory(Path.of("bench", "work").toAbsolutePath(), "es-");
        try (EmbeddedElasticsearch node = node(home);
                Rest5Client rest = Rest5Client.builder(node.uri()).build()) {
            ElasticsearchClient client = SearchClientConfiguration.client(rest);
            SearchProperties properties = new SearchProperties(List.of(node.uri()), null, null, null, null, "bench",
                    new SearchProperties.Embedded(null, 0, "1g", Duration.ofMinutes(5)));
            StoryIndex index = new StoryIndex(client, properties, Clock.systemUTC());
            index.ensureExists();
            Map<String, String[]> regions = SearchQualityTests.regions();
            List<StoryDocument> documents = GeneratedStories.of(regions, stories);
            String target = index.indicesBehindAlias().iterator().next();
            long start = System.nanoTime();
            try (BulkLoad load = index.bulkLoad(target, IN_FLIGHT)) {
                for (int from = 0; from < documents.size(); from += BATCH) {
                    load.write(documents.subList(from, Math.min(documents.size(), from + BATCH)), List.of());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double docsPerSecond = stories / seconds;
            System.out.printf(Locale.ROOT, "indexed %d stories in %.1f s: %.0f/s (batch %d, in flight %d)%n", stories,
                    seconds, docsPerSecond, BATCH, IN_FLIGHT);
            if (Boolean.getBoolean("bench.indexOnly")) {
                return;
            }

            FacetLabels labels = new FacetLabels(null, null, null) {
                @Override
                String label(String facet, String value) {
                    return value;
                }
            };
            StorySearch search = new StorySearch(client, index, labels, Clock.systemUTC());
            SearchScope press = new SearchScope.Outside(Audience.PRESS);
            List<StoryQuery> queries = queries(documents);
            JsonpMapper mapper = client._jsonpMapper();
            List<String> bodies = queries.stream().map(q -> json(search.request(q, press), mapper)).toList();

            settle(client, index.alias());
            long loaded = segments(client, index.alias());
            // what Cerita does after a load this large (SearchCatchUp after 10,000 stories, IndexRebuild always)
            index.mergeSegments(index.indicesBehindAlias().iterator().next());
            settle(client, index.alias());
            long merged = segments(client, index.alias());
            if (Boolean.getBoolean("bench.breakdown")) {
                breakdown(rest, bodies);
                return;
            }
            Map<Kind, Double> meanHits = new EnumMap<>(Kind.class);
            for (int i = 0; i < queries.size(); i++) {
                long total = search.search(queries.get(i), press).total();
                meanHits.merge(Kind.of(i), total * 10.0 / Kind.of(i).percent / queries.size(), Double::sum);
            }
            double allHits = meanHits.entrySet().stream().mapToDouble(e -> e.getValue() * e.getKey().percent / 100)
                .sum();
            Call api = i -> search.search(queries.get(i % queries.size()), press);
            Call es = i -> raw(rest, bodies.get(i % bodies.size()));
            // the node's JIT takes a long time to settle on 2 cores: warm up by the clock, both sides taking turns
            warmUp(WARM_UP_SECONDS, api, es);
            String asLoaded = table(api, es, meanHits);
            System.out.println(asLoaded);

            // a day of the newsroom's edits later: stories rewritten a few at a time, each write refreshed, as the
            // live catch-up writes them; the merged segment keeps their old versions as deleted documents
            Random edits = new Random(17);
            for (int batch = 0; batch < EDIT_BATCHES; batch++) {
                List<StoryDocument> edited = new ArrayList<>();
                for (int i = 0; i < EDITS_PER_BATCH; i++) {
                    edited.add(documents.get(edits.nextInt(documents.size())));
                }
                index.write(edited, List.of());
                index.refresh();
            }
            settle(client, index.alias());
            long edited = segments(client, index.alias());
            warmUp(REWARM_SECONDS, api, es);
            String asEdited = table(api, es, meanHits);
            System.out.println(asEdited);
            String report = """
                    # Search benchmark

                    Date: %s. Machine: %d cores, JDK %s; embedded Elasticsearch 9.5.3 node, 1 GB heap.
                    Command: `bench/search/run.sh %d`.

                    ## Indexing
                    %,d generated stories (`GeneratedStories`: sentences from shared/data/corpus, real regencies from
                    shared/data/regions.csv with their 3T flags, the demo catalogue's courses with their themes and
                    providers, alumni names, businesses, occupations, cohorts, outcomes), bulk requests of 1,000 through
                    `StoryIndex.write` (the indexer's own path): **%.0f documents/s** (%.1f s).

                    ## Search: the realistic mix of issue 17, 11 facet counts (over the 500 best matches when there are words) and highlighting on every query
                    200 queries in four kinds, interleaved: %s. Words come from a list of common ones (pemerintah,
                    pelatihan, usaha, kota, pasar…), filters from a story picked at random; %,.0f stories match on
                    average (per kind below). "API" is Cerita's query service (`StorySearch.search`: builds the
                    request with the press visibility rule, parses the response, maps hits, labels facets, makes the
                    cursor). "ES" sends the identical JSON body straight to `/_search` over HTTP and reads the bytes.
                    Both sides first warm up for %d s at concurrency 8, taking turns; at each concurrency they then
                    take %d turns each, and the figures pool their turns. Latencies in ms.

                    ### After a large load: merged into %d segment, as Cerita does after a rebuild and after a catch-up of 10,000 stories or more (the bulk load left %d)

                    %s
                    ### A day of edits later: %,d stories rewritten in %d refreshed writes, %d segments (another %d s of warm-up first)

                    %s
                    Goal from issue 17: p99 < 50 ms at concurrency 8 on the mix, in both index states, API no more
                    than 1.3x raw Elasticsearch; indexing at least 2,000 stories/s.
                    """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), stories, stories, docsPerSecond, seconds, mix(), allHits, WARM_UP_SECONDS, ROUNDS,
                    merged, loaded, asLoaded, EDIT_BATCHES * EDITS_PER_BATCH, EDIT_BATCHES, edited, REWARM_SECONDS,
                    asEdited);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, report);
            System.out.println(report);
        }
    }

    /** The kinds of the realistic mix (issue 17), with their shares of the 200 queries. */
    enum Kind {
        ONE_WORD("one common word, no filter", 30), WORDS("two or three words, no filter", 30),
        BROWSE("no text: one or two filters (province, theme)", 20),
        TEXT_AND_FILTERS("one or two words and one or two filters (province, theme, year)", 20);

        final String description;
        final int percent;

        Kind(String description, int percent) {
            this.description = description;
            this.percent = percent;
        }

        /** Query i of 200 in a fixed interleaving, so that every stretch of the run sees the same mix. */
        static Kind of(int i) {
            int slot = i % 10;
            return slot < 3 ? ONE_WORD : slot < 6 ? WORDS : slot < 8 ? BROWSE : TEXT_AND_FILTERS;
        }
    }

    private static List<StoryQuery> queries(List<StoryDocument> documents) {
        Random random = new Random(7);
        List<StoryQuery> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            StoryDocument sample = documents.get(random.nextInt(documents.size()));
            List<String> province = List.of(sample.provinceCode());
            List<String> themes = sample.themeCodes().subList(0, 1);
            queries.add(switch (Kind.of(i)) {
                case ONE_WORD -> StoryQuery.text(word(random));
                case WORDS -> StoryQuery.text(word(random) + " " + word(random)
                        + (random.nextBoolean() ? " " + word(random) : ""));
                case BROWSE -> switch (random.nextInt(3)) {
                    case 0 -> new StoryQuery(null, province, null, null, null, null, null, null, false, false, null,
                            null, null, null, 10);
                    case 1 -> new StoryQuery(null, null, null, themes, null, null, null, null, false, false, null,
                            null, null, null, 10);
                    default -> new StoryQuery(null, province, null, themes, null, null, null, null, false, false, null,
                            null, null, null, 10);
                };
                case TEXT_AND_FILTERS -> new StoryQuery(word(random) + (random.nextBoolean() ? " " + word(random) : ""),
                        province, null, random.nextBoolean() ? themes : null, null, null, null,
                        random.nextBoolean() ? List.of(sample.year()) : null, false, false, null, null, null, null,
                        10);
            });
        }
        return queries;
    }

    private static String mix() {
        return Arrays.stream(Kind.values()).map(k -> k.percent + " % " + k.description)
            .collect(Collectors.joining("; "));
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    /**
     * Where a query's time goes (-Dbench.breakdown=true): the same bodies straight to Elasticsearch with one part
     * taken out at a time, at concurrency 1 (the cost of one query) and 8.
     */
    private static void breakdown(Rest5Client rest, List<String> bodies) throws Exception {
        Map<String, List<String>> variants = new java.util.LinkedHashMap<>();
        variants.put("as sent", bodies);
        for (String part : List.of("highlight", "aggregations")) {
            variants.put("without " + part, bodies.stream().map(b -> without(b, part)).toList());
        }
        variants.put("facets on the 250 best hits (sampler)", bodies.stream()
            .map(b -> b.replace("\"shard_size\":500", "\"shard_size\":250")).toList());
        variants.put("facets counted by value (execution_hint map)", bodies.stream()
            .map(b -> b.replaceAll("(\"terms\":\\{\"field\":\"[a-z_]+\")", "$1,\"execution_hint\":\"map\"")).toList());
        variants.put("as sent, again", bodies);
        if (variants.get("facets counted by value (execution_hint map)").stream()
                .noneMatch(b -> b.contains("execution_hint"))) {
            throw new IllegalStateException("the execution hint variant changed nothing: " + bodies.getFirst());
        }
        // an experiment with cluster settings compares them with the request as sent only
        if (!System.getProperty("bench.settings", "").isEmpty()) {
            variants.keySet().retainAll(List.of("as sent"));
        }
        warmUp(120, i -> raw(rest, bodies.get(i % QUERIES)), i -> raw(rest, bodies.get(i % QUERIES)));
        List<double[]> slowest = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            long begin = System.nanoTime();
            for (int r = 0; r < 10; r++) {
                raw(rest, bodies.get(q));
            }
            slowest.add(new double[] { (System.nanoTime() - begin) / 1e7, q });
        }
        slowest.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] slow : slowest.subList(0, 15)) {
            String body = bodies.get((int) slow[1]);
            System.out.printf(Locale.ROOT, "slow %.1f ms %s %s%n", slow[0], Kind.of((int) slow[1]),
                    body.replaceAll(".*?\"query\":\"([^\"]*)\".*", "$1"));
        }
        for (var variant : variants.entrySet()) {
            List<String> b = variant.getValue();
            Call call = i -> raw(rest, b.get(i % QUERIES));
            run(8, 400, call);
            row(variant.getKey(), call);
        }
        // cluster settings, one at a time: -Dbench.settings="key=value;key=value"
        for (String setting : System.getProperty("bench.settings", "").split(";")) {
            if (!setting.contains("=")) {
                continue;
            }
            String key = setting.substring(0, setting.indexOf('='));
            String value = setting.substring(setting.indexOf('=') + 1);
            clusterSetting(rest, key, value);
            Call call = i -> raw(rest, bodies.get(i % QUERIES));
            warmUp(30, call, call);
            row(setting, call);
            clusterSetting(rest, key, null);
            warmUp(30, call, call);
            row(key + " back to default", call);
        }
    }

    /** One row of the breakdown: mean and p99 at concurrency 1, p50 and p99 at 8, two turns pooled each. */
    private static void row(String label, Call call) throws Exception {
        Result one = Result.merged(List.of(run(1, 400, call), run(1, 400, call)));
        Result eight = Result.merged(List.of(run(8, 800, call), run(8, 800, call)));
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", label,
                Arrays.stream(one.sorted()).average().orElse(0), one.p(99), eight.p(50), eight.p(99));
    }

    private static void clusterSetting(Rest5Client rest, String key, String value) throws IOException {
        Request request = new Request("PUT", "/_cluster/settings");
        request.setJsonEntity("{\"persistent\":{\"" + key + "\":" + (value == null ? "null" : "\"" + value + "\"") + "}}");
        rest.performRequest(request);
    }

    /** The text match without its bonus for the words as typed (the bool's should clauses beside the main match). */
    private static String withoutAsTyped(String body) {
        jakarta.json.JsonObject object = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        jakarta.json.JsonObject bool = object.getJsonObject("query").getJsonObject("bool");
        if (!bool.containsKey("must")) {
            return body;
        }
        var must = jakarta.json.Json.createArrayBuilder();
        for (jakarta.json.JsonValue clause : bool.getJsonArray("must")) {
            jakarta.json.JsonObject c = clause.asJsonObject();
            if (c.containsKey("bool") && c.getJsonObject("bool").containsKey("should")
                    && c.getJsonObject("bool").containsKey("must")) {
                must.add(jakarta.json.Json.createObjectBuilder().add("bool",
                        jakarta.json.Json.createObjectBuilder(c.getJsonObject("bool")).remove("should")));
            } else {
                must.add(c);
            }
        }
        var query = jakarta.json.Json.createObjectBuilder().add("bool",
                jakarta.json.Json.createObjectBuilder(bool).add("must", must));
        return jakarta.json.Json.createObjectBuilder(object).add("query", query).build().toString();
    }

    /** The node, with Elasticsearch settings of -Dbench.node="key=value,key=value" for an experiment. */
    private static EmbeddedElasticsearch node(java.nio.file.Path home) throws IOException {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (String pair : System.getProperty("bench.node", "").split(",")) {
            if (pair.contains("=")) {
                settings.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        EmbeddedElasticsearch node = EmbeddedElasticsearch.launch(home, 0, "1g", settings);
        node.awaitReady(Duration.ofMinutes(5));
        return node;
    }

    private static String without(String body, String key) {
        jakarta.json.JsonObject object = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        return jakarta.json.Json.createObjectBuilder(object).remove(key).build().toString();
    }

    private static String json(SearchRequest request, JsonpMapper mapper) {
        StringWriter writer = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(writer)) {
            request.serialize(generator, mapper);
        }
        return writer.toString();
    }

    private static Object raw(Rest5Client rest, String body) throws IOException {
        Request request = new Request("POST", "/bench/_search");
        request.setJsonEntity(body);
        return rest.performRequest(request).getEntity().getContent().readAllBytes();
    }

    private interface Call {
        Object call(int i) throws Exception;
    }

    /** One round's latencies: {@code byCall[i]} is call i, which sent query {@code i % QUERIES}. */
    private record Result(double[] byCall, double[] sorted, double seconds) {

        Result(double[] byCall, double seconds) {
            this(byCall, Arrays.stream(byCall).sorted().toArray(), seconds);
        }

        double throughput() {
            return sorted.length / seconds;
        }

        double p(int percentile) {
            return percentile(sorted, percentile);
        }

        static Result merged(List<Result> rounds) {
            double[] all = rounds.stream().flatMapToDouble(r -> Arrays.stream(r.byCall)).toArray();
            return new Result(all, rounds.stream().mapToDouble(Result::seconds).sum());
        }

        /** The latencies of the calls that sent a query of this kind. */
        double[] of(Kind kind, int callsPerRound) {
            return IntStream.range(0, byCall.length)
                .filter(i -> Kind.of(i % callsPerRound % QUERIES) == kind).mapToDouble(i -> byCall[i]).sorted()
                .toArray();
        }
    }

    private static double percentile(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static void warmUp(int seconds, Call api, Call es) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < until) {
            run(8, 400, api);
            run(8, 400, es);
        }
    }

    /**
     * One row per concurrency, the two sides taking turns so that drift (JIT, GC, the machine) weighs on both; then
     * the calls at concurrency 8 split by kind of query.
     */
    private static String table(Call api, Call es, Map<Kind, Double> meanHits) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| concurrency | API p50 | API p95 | API p99 | API q/s | ES p50 | ES p95 | ES p99 | ES q/s "
                + "| p99 ratio API/ES |\n|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder kinds = new StringBuilder();
        for (int threads : new int[] { 1, 8, 32 }) {
            List<Result> apiRounds = new ArrayList<>();
            List<Result> esRounds = new ArrayList<>();
            int calls = Math.max(QUERIES, threads * 50 / QUERIES * QUERIES);
            run(threads, calls, api);
            run(threads, calls, es);
            for (int round = 0; round < ROUNDS; round++) {
                apiRounds.add(run(threads, calls, api));
                esRounds.add(run(threads, calls, es));
            }
            Result a = Result.merged(apiRounds);
            Result e = Result.merged(esRounds);
            table.append(String.format(Locale.ROOT,
                    "| %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.0f | %.2f |%n",
                    threads, a.p(50), a.p(95), a.p(99), a.throughput(), e.p(50), e.p(95), e.p(99),
                    e.throughput(), a.p(99) / e.p(99)));
            if (threads == 8) {
                kinds.append("\nAt concurrency 8, by kind of query:\n\n| kind | share | mean hits | API p50 | API p99 "
                        + "| ES p50 | ES p99 |\n|---|---|---|---|---|---|---|\n");
                for (Kind kind : Kind.values()) {
                    double[] ak = a.of(kind, calls);
                    double[] ek = e.of(kind, calls);
                    kinds.append(String.format(Locale.ROOT, "| %s | %d%% | %,.0f | %.1f | %.1f | %.1f | %.1f |%n",
                            kind.description, kind.percent, meanHits.get(kind), percentile(ak, 50),
                            percentile(ak, 99), percentile(ek, 50), percentile(ek, 99)));
                }
            }
        }
        return table.append(kinds).toString();
    }

    private static long segments(ElasticsearchClient client, String index) throws IOException {
        return client.indices().segments(g -> g.index(index)).indices().values().stream()
            .flatMap(i -> i.shards().values().stream()).flatMap(List::stream)
            .mapToLong(shard -> shard.numSearchSegments()).sum();
    }

    /** Waits until the node has no merge running, so that the measurements do not share the CPU with one. */
    private static void settle(ElasticsearchClient client, String index) throws Exception {
        int quiet = 0;
        while (quiet < 3) {
            Thread.sleep(1000);
            long merging = client.indices().stats(s -> s.index(index).metric(CommonStatsFlag.Merge)).all().total()
                .merges().current();
            quiet = merging == 0 ? quiet + 1 : 0;
        }
    }

    private static Result run(int threads, int calls, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double[] millis = new double[calls];
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < calls; i += threads) {
                    long begin = System.nanoTime();
                    call.call(i);
                    millis[i] = (System.nanoTime() - begin) / 1e6;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(millis, elapsed);
    }

    private SearchBenchmark() {
    }

}
