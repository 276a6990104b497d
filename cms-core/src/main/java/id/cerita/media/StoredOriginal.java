package id.cerita.media;

/** An original file as kept, unchanged, by {@link MediaStorage}. */
public record StoredOriginal(ContentHash hash, ImageFormat format, long sizeBytes) {
}
