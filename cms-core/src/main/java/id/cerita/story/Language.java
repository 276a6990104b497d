package id.cerita.story;

import java.util.Locale;

/** The languages stories are written in: Indonesian first, some English. */
public enum Language {
    ID("id"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return this == ID ? Locale.forLanguageTag("id-ID") : Locale.forLanguageTag("en-GB");
    }

    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code) || language.name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language: " + code);
    }
}
