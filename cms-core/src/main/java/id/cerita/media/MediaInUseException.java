package id.cerita.media;

import java.util.List;

import id.cerita.common.LocalizedRefusal;

/** An image that a story uses cannot be deleted (HTTP 409 at the edge). */
public class MediaInUseException extends LocalizedRefusal {

    private final List<MediaUsage> usages;

    public MediaInUseException(List<MediaUsage> usages) {
        super("media.in-use", "Gambar ini dipakai oleh %d cerita; lepaskan dulu dari cerita tersebut sebelum menghapusnya."
                .formatted(stories(usages)), null, stories(usages));
        this.usages = List.copyOf(usages);
    }

    private static long stories(List<MediaUsage> usages) {
        return usages.stream().map(MediaUsage::storyId).distinct().count();
    }

    public List<MediaUsage> usages() {
        return usages;
    }
}
