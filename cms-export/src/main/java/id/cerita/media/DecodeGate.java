package id.cerita.media;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the memory of concurrent decoding: a budget of {@code cores × hugePixels} pixels, each decode taking
 * its pixel count (at most {@code hugePixels}). So at most one huge image per core is in memory at once, while
 * several small ones may decode side by side.
 */
public final class DecodeGate {

    private final Semaphore budget;
    private final int hugeMegapixels;

    public DecodeGate(int cores, long hugePixels) {
        if (cores < 1 || hugePixels < 1_000_000) {
            throw new IllegalArgumentException("at least one core and a huge image of at least 1 MP");
        }
        this.hugeMegapixels = (int) (hugePixels / 1_000_000);
        this.budget = new Semaphore(cores * hugeMegapixels, true);
    }

    public static DecodeGate forThisMachine() {
        return new DecodeGate(Runtime.getRuntime().availableProcessors(), 24_000_000L);
    }

    public <T> T through(long pixels, Supplier<T> decode) {
        int permits = weight(pixels);
        budget.acquireUninterruptibly(permits);
        try {
            return decode.get();
        } finally {
            budget.release(permits);
        }
    }

    int weight(long pixels) {
        return (int) Math.max(1, Math.min(hugeMegapixels, (pixels + 999_999) / 1_000_000));
    }

    int available() {
        return budget.availablePermits();
    }

    int hugeMegapixels() {
        return hugeMegapixels;
    }
}
