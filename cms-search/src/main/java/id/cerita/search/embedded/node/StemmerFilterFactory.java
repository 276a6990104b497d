package id.cerita.search.embedded.node;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * {@code "type": "stemmer"} with {@code language} (or its older name {@code name}), default {@code porter}: the
 * Indonesian and English stemmers of analysis-common, mapped to the same Lucene filters. Other languages are refused.
 */
final class StemmerFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer;

    StemmerFilterFactory(String name, Settings settings) {
        super(name);
        String language = settings.get("language", settings.get("name", "porter"));
        this.stemmer = stemmer(language.toLowerCase(Locale.ROOT));
    }

    private static UnaryOperator<TokenStream> stemmer(String language) {
        return switch (language) {
            case "indonesian" -> IndonesianStemFilter::new;
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "lightenglish", "kstem" -> KStemFilter::new;
            case "porter2" -> input -> new SnowballFilter(input, new EnglishStemmer());
            case "minimal_english", "minimalenglish" -> EnglishMinimalStemFilter::new;
            case "possessive_english", "possessiveenglish" -> EnglishPossessiveFilter::new;
            default -> throw new IllegalArgumentException("the embedded node's stemmer does not support language ["
                    + language + "]: add it to " + StemmerFilterFactory.class.getName());
        };
    }

    @Override
    public TokenStream create(TokenStream input) {
        return stemmer.apply(input);
    }
}
