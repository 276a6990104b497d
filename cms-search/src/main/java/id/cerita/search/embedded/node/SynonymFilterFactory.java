package id.cerita.search.embedded.node;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

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

/**
 * {@code "type": "synonym_graph"} and {@code "type": "synonym"} with inline {@code synonyms} or a
 * {@code synonyms_path} file, {@code expand} (true), {@code lenient}, {@code format} (solr or wordnet) and
 * {@code updateable}. As in analysis-common, rules are parsed with the analysis chain that precedes the filter, so a
 * rule matches exactly what the tokenizer and earlier filters produce. Synonym sets stored in the cluster
 * ({@code synonyms_set}) are not supported.
 */
final class SynonymFilterFactory extends AbstractTokenFilterFactory {

    private final Environment environment;
    private final Settings settings;
    private final boolean graph;
    private final boolean expand;
    private final boolean lenient;
    private final boolean wordnet;
    private final AnalysisMode mode;

    SynonymFilterFactory(String name, Environment environment, Settings settings, boolean graph) {
        super(name);
        if (settings.hasValue("synonyms_set")) {
            throw new IllegalArgumentException("the embedded node does not support [synonyms_set]; use [synonyms]");
        }
        if (!settings.hasValue("synonyms") && !settings.hasValue("synonyms_path")) {
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
        SynonymMap synonyms = build(ruleAnalyzer);
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
        };
    }

    private SynonymMap build(Analyzer analyzer) {
        // inline "synonyms", else the file named by "synonyms_path" (relative to the node's config folder)
        List<String> rules = Analysis.getWordList(environment, settings, "synonyms");
        try {
            SynonymMap.Parser parser = wordnet ? new WordnetSynonymParser(true, expand, analyzer)
                    : new LenientSolrParser(expand, lenient, analyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (Exception e) {
            throw new IllegalArgumentException("failed to build synonyms from '" + name() + "' analyzer settings", e);
        }
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
