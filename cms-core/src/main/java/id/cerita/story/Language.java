package id.cerita.story;

import java.util.Locale;

/** The languages stories are written in: Indonesian first, some English. */
public enum Language {
    ID("id", Locale.forLanguageTag("id-ID")), EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    // parsed once: an export asks for it several times per page (a profile of bench/site found it at 1.7 % of the CPU)
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a reader's interface: English if it is English, else Indonesian (the programme's own). */
    public static Language readerOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ID;
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
