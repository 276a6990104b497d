package id.cerita.search.embedded.node;

import java.io.IOException;
import java.io.StringReader;
import java.io.Reader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.synonyms.SynonymsManagementAPIService;

/**
 * {@code "type": "synonym_graph"} and {@code "type": "synonym"} with inline {@code synonyms} or a
 * {@code synonyms_path} file, {@code expand} (true), {@code lenient}, {@code format} (solr or wordnet) and
 * {@code updateable}, or a {@code synonyms_set} stored with the Synonyms API (search time only; {@code PUT _synonyms/<set>}
 * reloads the analyzers that use it). As in analysis-common, rules are parsed with the analysis chain that precedes the
 * filter, so a rule matches exactly what the tokenizer and earlier filters produce; a set is read only when the shard's
 * analyzers are (re)loaded, never on the master while it creates or checks an index (it would block there).
 */
final class SynonymFilterFactory extends AbstractTokenFilterFactory {

    private final Environment environment;
    private final Settings settings;
    private final boolean graph;
    private final boolean expand;
    private final boolean lenient;
    private final boolean wordnet;
    private final AnalysisMode mode;
    private final Set<String> sets;
    private final Supplier<SynonymsManagementAPIService> synonymSets;

    SynonymFilterFactory(String name, Environment environment, Settings settings, boolean graph,
            Supplier<SynonymsManagementAPIService> synonymSets) {
        super(name);
        this.synonymSets = synonymSets;
        this.sets = settings.hasValue("synonyms") ? Set.of() : new LinkedHashSet<>(settings.getAsList("synonyms_set"));
        if (!settings.hasValue("synonyms") && !settings.hasValue("synonyms_path") && sets.isEmpty()) {
            throw new IllegalArgumentException("synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` "
                    + "to be configured");
        }
        this.environment = environment;
        this.settings = settings;
        this.graph = graph;
        this.expand = settings.getAsBoolean("expand", true);
        boolean updateable = settings.getAsBoolean("updateable", false);
        this.lenient = settings.getAsBoolean("lenient", updateable);
        this.wordnet = "wordnet".equalsIgnoreCase(settings.get("format", ""));
        this.mode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
        if (!sets.isEmpty() && mode != AnalysisMode.SEARCH_TIME) {
            throw new IllegalArgumentException("Can't apply [synonyms_set]! Loading synonyms from index is supported "
                    + "only for search time synonyms!");
        }
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return mode;
    }

    @Override
    public TokenStream create(TokenStream input) {
        throw new IllegalStateException("a synonym filter must be specialised for its analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters) {
        Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(CharFilterFactory[]::new),
                previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter)
                    .toArray(TokenFilterFactory[]::new));
        SynonymMap synonyms = build(ruleAnalyzer, context);
        String name = name();
        AnalysisMode analysisMode = mode;
        boolean isGraph = graph;
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream input) {
                if (synonyms.fst == null) {
                    return input;
                }
                return isGraph ? new SynonymGraphFilter(input, synonyms, false) : new SynonymFilter(input, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                return IDENTITY_FILTER;
            }

            @Override
            public AnalysisMode getAnalysisMode() {
                return analysisMode;
            }

            @Override
            public Set<String> getResourceNames() {
                return sets;
            }
        };
    }

    private SynonymMap build(Analyzer analyzer, IndexCreationContext context) {
        try {
            SynonymMap.Parser parser = wordnet ? new WordnetSynonymParser(true, expand, analyzer)
                    : new LenientSolrParser(expand, lenient, analyzer);
            parser.parse(rules(context));
            return parser.build();
        } catch (Exception e) {
            throw new IllegalArgumentException("failed to build synonyms from '" + name() + "' analyzer settings", e);
        }
    }

    /** Inline "synonyms", a stored set (when a shard loads its analyzers), else the file named by "synonyms_path". */
    private Reader rules(IndexCreationContext context) {
        if (!sets.isEmpty()) {
            return context == IndexCreationContext.RELOAD_ANALYZERS
                    ? Analysis.getReaderFromIndex(sets, synonymSets.get(), lenient) : new StringReader("");
        }
        return new StringReader(String.join("\n", Analysis.getWordList(environment, settings, "synonyms")));
    }

    /** Solr rules; with {@code lenient}, a rule whose terms the chain removes (e.g. a stop word) is skipped. */
    private static final class LenientSolrParser extends SolrSynonymParser {

        private final boolean lenient;

        LenientSolrParser(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (!lenient || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            try {
                return super.analyze(text, reuse);
            } catch (IllegalArgumentException e) {
                if (lenient) {
                    reuse.clear();
                    return reuse.get();
                }
                throw e;
            }
        }
    }
}
