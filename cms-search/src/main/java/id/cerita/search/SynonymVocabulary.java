package id.cerita.search;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Every word of the shipped synonym rules, folded: words the search knows the meaning of, never "typos". */
final class SynonymVocabulary {

    static final Set<String> WORDS = SynonymSet.shippedRules().stream()
        .flatMap(rule -> Arrays.stream(rule.split(",|=>")))
        .flatMap(term -> PlaceNames.words(term).stream())
        .collect(Collectors.toUnmodifiableSet());

    private SynonymVocabulary() {
    }
}
