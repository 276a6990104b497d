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
