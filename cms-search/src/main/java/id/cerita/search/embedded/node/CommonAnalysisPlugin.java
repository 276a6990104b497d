package id.cerita.search.embedded.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.synonyms.SynonymsManagementAPIService;

/**
 * The part of Elasticsearch's {@code analysis-common} module that Cerita's index settings use. That module is not
 * published on Maven Central, so the embedded node gets these instead: the same names, types and parameters, built
 * from the same Lucene classes, so that {@code search/stories-index.json} works unchanged here and on a stock cluster.
 * Anything outside this subset fails index creation with "Unknown filter type", never silently.
 */
public class CommonAnalysisPlugin extends Plugin implements AnalysisPlugin {

    // set when the node builds its components, after the analysis providers were registered but before any index
    private volatile SynonymsManagementAPIService synonymSets;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        synonymSets = new SynonymsManagementAPIService(services.client(), services.clusterService(),
                services.featureService());
        return List.of();
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "indonesian", (indexSettings, env, name, settings) -> provider(name, new IndonesianAnalyzer(
                        Analysis.parseStopWords(env, settings, IndonesianAnalyzer.getDefaultStopSet()),
                        Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))),
                "english", (indexSettings, env, name, settings) -> provider(name, new EnglishAnalyzer(
                        Analysis.parseStopWords(env, settings, EnglishAnalyzer.getDefaultStopSet()),
                        Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))));
    }

    private static <A extends Analyzer> AnalyzerProvider<A> provider(String name, A analyzer) {
        return new AbstractIndexAnalyzerProvider<>(name) {
            @Override
            public A get() {
                return analyzer;
            }
        };
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(new PreBuiltAnalyzerProviderFactory("indonesian", CachingStrategy.LUCENE, IndonesianAnalyzer::new),
                new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "stemmer", (indexSettings, env, name, settings) -> new StemmerFilterFactory(name, settings),
                "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
                "edge_ngram", (indexSettings, env, name, settings) -> new EdgeNGramFilterFactory(name, settings),
                "lowercase", (indexSettings, env, name, settings) -> LowercaseFilterFactory.of(name, settings),
                "flatten_graph", (indexSettings, env, name, settings) -> TokenFilters.of(name, FlattenGraphFilter::new),
                "synonym_graph", AnalysisPlugin.requiresAnalysisSettings(
                        (indexSettings, env, name, settings) -> new SynonymFilterFactory(name, env, settings, true, () -> synonymSets)),
                "synonym", AnalysisPlugin.requiresAnalysisSettings(
                        (indexSettings, env, name, settings) -> new SynonymFilterFactory(name, env, settings, false, () -> synonymSets)));
    }

    /** Filters usable by name without a definition, as on a real cluster. */
    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
                PreConfiguredTokenFilter.singleton("edge_ngram", false, false,
                        input -> new EdgeNGramTokenFilter(input, 1)),
                PreConfiguredTokenFilter.singleton("flatten_graph", false, false, FlattenGraphFilter::new),
                PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new),
                PreConfiguredTokenFilter.singleton("kstem", false, KStemFilter::new));
    }
}
