package id.cerita.site.internal;

import java.util.function.Supplier;

/** A file of the site: where it goes, what it was made from, and how to make it. */
public record OutputFile(String path, String fingerprint, Supplier<byte[]> content) {
}
