package id.cerita.press.internal;

import id.cerita.story.Language;

/** The fixed words of a press release in its language. */
public record Labels(String documentTitle, String fileStem, String about, String mediaContact, String photos,
        String credit, String quotes, String page) {

    private static final Labels ID = new Labels("Siaran Pers", "siaran-pers", "Tentang program", "Kontak media",
            "Foto", "Foto", "Kutipan", "Halaman");
    private static final Labels EN = new Labels("Press Release", "press-release", "About the programme",
            "Media contact", "Photos", "Photo", "Quotes", "Page");

    public static Labels of(Language language) {
        return switch (language) {
            case ID -> ID;
            case EN -> EN;
        };
    }
}
