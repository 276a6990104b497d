package id.cerita.press;

import java.time.Instant;
import java.util.List;

import id.cerita.common.StoryId;

/** A press kit ready to download: the ZIP, its file name, what is inside and the embargo it carries. */
public record PressKit(StoryId storyId, String fileName, byte[] zip, List<KitFile> files, Instant embargoedUntil) {

    /** One file of the kit as listed in manifest.json. */
    public record KitFile(String path, String contentType, long size, String sha256) {
    }

    public boolean embargoed() {
        return embargoedUntil != null;
    }
}
