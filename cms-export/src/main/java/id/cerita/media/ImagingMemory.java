package id.cerita.media;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The heap that decoding pictures and making their derivatives may take at once, counted in bytes (permits of one
 * MiB): each piece of work first takes what its rasters really cost ({@link DecodePlan#bytes()}: width × height ×
 * bytes per pixel of the decoded raster, of its sRGB/upright copies and of the derivative buffers). Work that cannot
 * get its share within {@code wait} is refused with {@link ImagingBusy} (the client may retry); work that would need
 * more than the whole budget is refused for good. So concurrent huge uploads queue or are turned away instead of
 * exhausting the heap.
 */
public final class ImagingMemory {

    private static final long MIB = 1024 * 1024;

    private final Semaphore free;
    private final int capacityMib;
    private final Duration wait;

    public ImagingMemory(long capacityBytes, Duration wait) {
        if (capacityBytes < 16 * MIB) {
            throw new IllegalArgumentException("an imaging budget below 16 MiB cannot decode a photo");
        }
        this.capacityMib = (int) Math.min(Integer.MAX_VALUE, capacityBytes / MIB);
        this.free = new Semaphore(capacityMib, true);
        this.wait = wait;
    }

    /** {@code share} of this JVM's maximum heap ({@code -Xmx}); the rest is for requests, caches and the database. */
    public static ImagingMemory ofThisJvm(double share, Duration wait) {
        return new ImagingMemory((long) (Runtime.getRuntime().maxMemory() * share), wait);
    }

    public long capacityBytes() {
        return capacityMib * MIB;
    }

    public boolean canEverFit(long bytes) {
        return mib(bytes) <= capacityMib;
    }

    /**
     * Runs {@code work} holding {@code bytes} of the budget. {@link ImagingBusy} when the budget stays taken
     * longer than the wait; {@link IllegalArgumentException} when the work could never fit (check
     * {@link #canEverFit} first to refuse it properly).
     */
    public <T> T within(long bytes, Supplier<T> work) {
        int permits = mib(bytes);
        if (permits > capacityMib) {
            throw new IllegalArgumentException("%d MiB never fit in an imaging budget of %d MiB".formatted(permits, capacityMib));
        }
        try {
            if (!free.tryAcquire(permits, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                int taken = capacityMib - free.availablePermits();
                throw new ImagingBusy("memory", String.format(Locale.ROOT,
                        "Server sedang memproses gambar besar lain (%d dari %d MiB terpakai); coba lagi sebentar lagi.",
                        taken, capacityMib), retryAfter(), taken, capacityMib);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImagingBusy("interrupted", "Pemrosesan gambar dihentikan.", retryAfter());
        }
        try {
            return work.get();
        } finally {
            free.release(permits);
        }
    }

    int availableMib() {
        return free.availablePermits();
    }

    private Duration retryAfter() {
        return wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : wait.multipliedBy(2);
    }

    private static int mib(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + MIB - 1) / MIB));
    }
}
