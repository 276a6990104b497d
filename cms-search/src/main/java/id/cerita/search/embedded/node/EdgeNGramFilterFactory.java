package id.cerita.search.embedded.node;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** {@code "type": "edge_ngram"}: {@code min_gram} (1), {@code max_gram} (2), {@code preserve_original}, {@code side}. */
final class EdgeNGramFilterFactory extends AbstractTokenFilterFactory {

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;
    private final boolean back;

    EdgeNGramFilterFactory(String name, Settings settings) {
        super(name);
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        String side = settings.get("side", "front");
        if (!side.equals("front") && !side.equals("back")) {
            throw new IllegalArgumentException("invalid side: " + side);
        }
        this.back = side.equals("back");
    }

    @Override
    public TokenStream create(TokenStream input) {
        TokenStream stream = back ? new ReverseStringFilter(input) : input;
        stream = new EdgeNGramTokenFilter(stream, minGram, maxGram, preserveOriginal);
        return back ? new ReverseStringFilter(stream) : stream;
    }

    @Override
    public boolean breaksFastVectorHighlighter() {
        return true;
    }

    @Override
    public TokenFilterFactory getSynonymFilter() {
        throw new IllegalArgumentException("Token filter [" + name()
                + "] cannot be used to parse synonyms except as part of an explicit synonym filter parameter");
    }
}
