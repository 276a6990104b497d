package id.cerita.media;

import java.util.List;

/** An image that a story uses cannot be deleted (HTTP 409 at the edge). */
public class MediaInUseException extends RuntimeException {

    private final List<MediaUsage> usages;

    public MediaInUseException(List<MediaUsage> usages) {
        super("Gambar ini dipakai oleh %d cerita; lepaskan dulu dari cerita tersebut sebelum menghapusnya."
                .formatted(usages.stream().map(MediaUsage::storyId).distinct().count()));
        this.usages = List.copyOf(usages);
    }

    public List<MediaUsage> usages() {
        return usages;
    }
}
