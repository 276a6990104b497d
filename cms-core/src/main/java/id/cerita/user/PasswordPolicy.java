package id.cerita.user;

import java.util.List;

import org.springframework.stereotype.Component;

import id.cerita.common.InvalidFieldException;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * A new password is at least {@code minPasswordLength} characters and not guessable: nbvcxz (a zxcvbn port whose
 * dictionaries of common passwords, names and words ship in its jar) must estimate it strong enough, with the
 * person's own user name and display name and "cerita" counted as known words. Built once; the estimator is
 * thread-safe.
 */
@Component
public class PasswordPolicy {

    public static final String TOO_SHORT = "user.password-short";
    public static final String TOO_WEAK = "user.password-weak";

    private final AccountProperties properties;
    private final Nbvcxz estimator;

    PasswordPolicy(AccountProperties properties) {
        this.properties = properties;
        this.estimator = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(40d).createConfiguration());
    }

    public int minLength() {
        return properties.minPasswordLength();
    }

    /** Throws an {@link InvalidFieldException} on {@code field} when {@code raw} is too short or too easy to guess. */
    public void check(String field, String raw, String... personalWords) {
        if (raw == null || raw.length() < minLength()) {
            throw new InvalidFieldException(field, TOO_SHORT, "Kata sandi paling sedikit " + minLength() + " karakter",
                    minLength());
        }
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own").setExclusion(true);
        own.addWord("cerita", 0);
        for (String word : personalWords) {
            if (word != null && !word.isBlank()) {
                own.addWord(word.toLowerCase(java.util.Locale.ROOT), 0);
                for (String part : word.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                    own.addWord(part, 0);
                }
            }
        }
        List<Dictionary> dictionaries = new java.util.ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(own.createDictionary());
        Nbvcxz personal = new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(40d).setDictionaries(dictionaries)
            .createConfiguration());
        Result result = (personalWords.length == 0 ? estimator : personal).estimate(raw);
        if (!result.isMinimumEntropyMet()) {
            throw new InvalidFieldException(field, TOO_WEAK,
                    "Kata sandi terlalu mudah ditebak (kata umum, nama atau pola). Pakai beberapa kata yang tidak berhubungan");
        }
    }
}
