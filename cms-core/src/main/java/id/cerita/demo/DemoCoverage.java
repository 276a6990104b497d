package id.cerita.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

import id.cerita.common.StoryId;
import id.cerita.coverage.ClipDetails;
import id.cerita.coverage.PressClips;
import id.cerita.story.Stories;

/** Records the seed articles as press clips of the demo's gatherings and stories ({@code demo/clips.yml}). */
final class DemoCoverage {

    private final PressClips clips;
    private final Stories stories;

    DemoCoverage(PressClips clips, Stories stories) {
        this.clips = clips;
        this.stories = stories;
    }

    void load(DemoCatalogue.Keys keys, DemoLoad.Counter created) {
        if (!clips.all().isEmpty()) {
            return;
        }
        for (YamlMap m : YamlMap.list("clips.yml", YamlMap.parser().load(read()))) {
            Set<StoryId> covered = m.texts("stories").stream().map(slug -> stories.bySlug(slug).orElse(null))
                .filter(Objects::nonNull).map(s -> s.id()).collect(Collectors.toSet());
            String event = m.optionalText("event");
            clips.record(new ClipDetails(m.text("outlet"), m.optionalText("url"), m.date("publishedOn"),
                    m.optionalText("reporter"), m.text("headline"), m.optionalText("excerpt"), m.text("language"),
                    m.optionalLong("reach"), event == null ? null : keys.events().get(event), covered), "admin");
            created.count("press clips");
        }
    }

    private static String read() {
        try (InputStream in = new ClassPathResource("demo/clips.yml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/clips.yml", e);
        }
    }
}
