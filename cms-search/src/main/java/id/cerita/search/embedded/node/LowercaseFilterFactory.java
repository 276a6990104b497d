package id.cerita.search.embedded.node;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** {@code "type": "lowercase"} with the optional {@code language} (greek, irish, turkish). */
final class LowercaseFilterFactory {

    private LowercaseFilterFactory() {
    }

    static TokenFilterFactory of(String name, Settings settings) {
        String language = settings.get("language");
        return new Normalizing(name, language);
    }

    private static final class Normalizing extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

        private final String language;

        Normalizing(String name, String language) {
            super(name);
            if (language != null && !language.matches("greek|irish|turkish")) {
                throw new IllegalArgumentException("invalid language for lowercase filter: " + language);
            }
            this.language = language;
        }

        @Override
        public TokenStream create(TokenStream input) {
            if (language == null) {
                return new LowerCaseFilter(input);
            }
            return switch (language) {
                case "greek" -> new GreekLowerCaseFilter(input);
                case "irish" -> new IrishLowerCaseFilter(input);
                default -> new TurkishLowerCaseFilter(input);
            };
        }
    }
}
