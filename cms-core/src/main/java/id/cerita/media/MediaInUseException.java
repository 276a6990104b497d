package id.cerita.media;

import org.springframework.context.MessageSourceResolvable;

import java.util.List;

/** An image that a story uses cannot be deleted (HTTP 409 at the edge). */
public class MediaInUseException extends RuntimeException implements MessageSourceResolvable {

    private final List<MediaUsage> usages;

    public MediaInUseException(List<MediaUsage> usages) {
        super("Gambar ini dipakai oleh %d cerita; lepaskan dulu dari cerita tersebut sebelum menghapusnya."
                .formatted(stories(usages)));
        this.usages = List.copyOf(usages);
    }

    private static long stories(List<MediaUsage> usages) {
        return usages.stream().map(MediaUsage::storyId).distinct().count();
    }

    @Override
    public String[] getCodes() {
        return new String[] { "media.in-use" };
    }

    @Override
    public Object[] getArguments() {
        return new Object[] { stories(usages) };
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    public List<MediaUsage> usages() {
        return usages;
    }
}
