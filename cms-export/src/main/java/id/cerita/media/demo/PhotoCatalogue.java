package id.cerita.media.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import id.cerita.media.FocalPoint;
import id.cerita.media.demo.Illustrations.Scene;

/** {@code classpath:demo/photos.yml}: which illustrations each demo story shows, with their words per language. */
record PhotoCatalogue(Map<String, List<Photo>> byStoryKey) {

    /** Alt text and caption in one language. */
    record Words(String alt, String caption) {
    }

    /** One illustration; {@code words} by language code ("id", "en"). */
    record Photo(Scene scene, int variant, FocalPoint focus, Map<String, Words> words) {

        Words wordsIn(String language) {
            return words.getOrDefault(language, words.get("id"));
        }
    }

    @SuppressWarnings("unchecked")
    static PhotoCatalogue fromClasspath() {
        try (InputStream in = PhotoCatalogue.class.getClassLoader().getResourceAsStream("demo/photos.yml")) {
            Objects.requireNonNull(in, "classpath:demo/photos.yml");
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, List<Photo>> byKey = new java.util.LinkedHashMap<>();
            for (Map<String, Object> entry : entries) {
                List<Map<String, Object>> photos = (List<Map<String, Object>>) entry.get("photos");
                byKey.put((String) entry.get("story"), photos.stream().map(PhotoCatalogue::photo).toList());
            }
            return new PhotoCatalogue(Map.copyOf(byKey));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Photo photo(Map<String, Object> m) {
        List<Number> focus = (List<Number>) m.get("focus");
        Map<String, Words> words = new java.util.HashMap<>();
        for (String language : List.of("id", "en")) {
            Map<String, String> w = (Map<String, String>) m.get(language);
            if (w != null) {
                words.put(language, new Words(w.get("alt"), w.get("caption")));
            }
        }
        return new Photo(Scene.valueOf((String) m.get("scene")),
                m.get("variant") == null ? 0 : ((Number) m.get("variant")).intValue(),
                focus == null ? FocalPoint.CENTRE : new FocalPoint(focus.get(0).doubleValue(), focus.get(1).doubleValue()),
                Map.copyOf(words));
    }

    List<Photo> of(String storyKey) {
        return byStoryKey.getOrDefault(storyKey, List.of());
    }
}
