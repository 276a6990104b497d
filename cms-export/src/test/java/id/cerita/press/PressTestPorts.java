package id.cerita.press;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import id.cerita.common.StoryId;
import id.cerita.media.FocalPoint;

/**
 * Stand-ins for the two ports whose owners (workflow: embargoes, media: story galleries) are not on main yet: an
 * embargo calendar the test sets, and real JPEG photos registered per story.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PressTestPorts {

    public static final class Embargoes implements StoryEmbargoes {
        private final Map<StoryId, Instant> until = new ConcurrentHashMap<>();

        public void embargo(StoryId storyId, Instant instant) {
            until.put(storyId, instant);
        }

        @Override
        public Optional<Instant> embargoedUntil(StoryId storyId) {
            return Optional.ofNullable(until.get(storyId));
        }
    }

    public static final class Photos implements PressPhotos {
        private final Map<StoryId, List<PressPhoto>> byStory = new ConcurrentHashMap<>();

        public void give(StoryId storyId, PressPhoto... photos) {
            byStory.put(storyId, List.of(photos));
        }

        @Override
        public List<PressPhoto> of(id.cerita.story.StoryDetails story) {
            return byStory.getOrDefault(story.id(), List.of());
        }
    }

    @Bean
    Embargoes testEmbargoes() {
        return new Embargoes();
    }

    @Bean
    Photos testPhotos() {
        return new Photos();
    }

    public static PressPhoto photo(String fileName, int width, int height, boolean showsPerson) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 80, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return new PressPhoto(fileName, out.toByteArray(), width, height, new FocalPoint(0.25, 0.4),
                    showsPerson ? "Vita merias pengantin di Kota Gorontalo." : "Suasana temu alumni di Gorontalo.",
                    "Tim Komunikasi", "© 2024 Tim Komunikasi", showsPerson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
