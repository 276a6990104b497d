package id.cerita.press.internal;

import id.cerita.press.PressPhoto;
import id.cerita.story.Language;

/** Where each file sits inside the kit: one folder per language, photos shared, manifest.json at the top. */
final class KitLayout {

    static final String MANIFEST = "manifest.json";
    static final String CAPTIONS = "photos/captions.txt";

    private KitLayout() {
    }

    static String photoPath(PressPhoto photo) {
        return "photos/" + photo.fileName();
    }

    static String release(Language language, String extension) {
        return language.code() + "/" + Labels.of(language).fileStem() + "." + extension;
    }

    static String ninjs(Language language) {
        return language.code() + "/ninjs.json";
    }

    static String newsml(Language language) {
        return language.code() + "/newsml-g2.xml";
    }
}
