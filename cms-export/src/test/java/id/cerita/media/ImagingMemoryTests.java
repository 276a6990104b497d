package id.cerita.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ImagingMemoryTests {

    private static final long MIB = 1024 * 1024;

    @Test
    void countsAHundredMegapixelPictureByTheBytesOfItsRasters() {
        DeclaredImage huge = new DeclaredImage(ImageFormat.PNG, 10_000, 10_000, 1, 3);

        DecodePlan fullSize = DecodePlan.fullSizeWithin(huge, Long.MAX_VALUE);

        // 100 MP × (3 bytes decoded + 4 bytes sRGB copy) alone is 700 MB: far more than the old "24 MP" weight
        assertThat(fullSize.subsampling()).isEqualTo(1);
        assertThat(fullSize.bytes()).isGreaterThan(700_000_000L);
    }

    @Test
    void decodesALargePictureSubsampledWhenNoDerivativeNeedsAllItsPixels() {
        DeclaredImage huge = new DeclaredImage(ImageFormat.PNG, 10_000, 10_000, 1, 3);

        DecodePlan plan = DecodePlan.forDerivatives(huge, DerivativeSettings.standard());

        assertThat(plan.subsampling()).isEqualTo(5);
        assertThat(plan.width()).isEqualTo(2000).isGreaterThanOrEqualTo(DerivativeSettings.standard().largestDimension());
        assertThat(plan.bytes()).isBetween(50 * MIB, 160 * MIB);
        assertThat(DecodePlan.forDerivatives(new DeclaredImage(ImageFormat.JPEG, 4000, 3000, 1, 3),
                DerivativeSettings.standard()).subsampling()).as("an ordinary 12 MP photo keeps every pixel").isEqualTo(1);
    }

    @Test
    void shrinksAPressRenditionUntilItFitsTheBudget() {
        DeclaredImage huge = new DeclaredImage(ImageFormat.PNG, 10_000, 10_000, 6, 4);

        DecodePlan plan = DecodePlan.fullSizeWithin(huge, 400 * MIB);

        assertThat(plan.bytes()).isLessThanOrEqualTo(400 * MIB);
        assertThat(plan.subsampling()).isEqualTo(3);
    }

    @Test
    void refusesWorkThatCannotGetItsShareWithinTheWait() throws Exception {
        ImagingMemory memory = new ImagingMemory(100 * MIB, Duration.ofMillis(200));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> big = CompletableFuture.runAsync(() -> memory.within(80 * MIB, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await();

        assertThatThrownBy(() -> memory.within(40 * MIB, () -> "never"))
                .isInstanceOfSatisfying(ImagingBusy.class, busy -> assertThat(busy.retryAfter()).isPositive());
        assertThat(memory.within(20 * MIB, () -> "small work still fits beside it")).isNotNull();

        release.countDown();
        big.get();
        assertThat(memory.availableMib()).isEqualTo(100);
        assertThat(memory.canEverFit(101 * MIB)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
