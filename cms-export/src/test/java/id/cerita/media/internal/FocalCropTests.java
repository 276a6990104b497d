package id.cerita.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.Random;

import org.junit.jupiter.api.Test;

import id.cerita.media.FocalPoint;

class FocalCropTests {

    @Test
    void alwaysContainsTheFocalPointAndKeepsTheRatio() {
        Random random = new Random(42);
        int[][] ratios = {{16, 9}, {4, 3}, {1, 1}, {9, 16}};
        for (int i = 0; i < 2_000; i++) {
            int w = 50 + random.nextInt(5000);
            int h = 50 + random.nextInt(5000);
            int[] ratio = ratios[random.nextInt(ratios.length)];
            FocalPoint focus = new FocalPoint(random.nextDouble(), random.nextDouble());

            Rectangle r = FocalCrop.region(w, h, ratio[0], ratio[1], focus);

            assertThat(r.x).isBetween(0, w - r.width);
            assertThat(r.y).isBetween(0, h - r.height);
            assertThat(r.width == w || r.height == h).isTrue();
            assertThat((double) r.width / r.height).isCloseTo((double) ratio[0] / ratio[1],
                    org.assertj.core.data.Offset.offset(2.0 / Math.min(r.width, r.height) + 0.01));
            assertThat(focus.x() * w).isBetween((double) r.x, (double) r.x + r.width);
            assertThat(focus.y() * h).isBetween((double) r.y, (double) r.y + r.height);
        }
    }
}
