package id.cerita.search.embedded.node;

import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** A token filter factory from a function, for filters that take no parameters. */
final class TokenFilters {

    private TokenFilters() {
    }

    static TokenFilterFactory of(String name, UnaryOperator<TokenStream> filter) {
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream input) {
                return filter.apply(input);
            }
        };
    }
}
