package id.cerita.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecodeGateTests {

    @Test
    void letsOneHugeImagePerCoreDecodeAtATime() {
        DecodeGate gate = new DecodeGate(2, 24_000_000);

        int leftDuringOneHuge = gate.through(150_000_000, gate::available);

        assertThat(leftDuringOneHuge).isEqualTo(gate.hugeMegapixels());
        assertThat(gate.through(150_000_000, () -> gate.through(90_000_000, gate::available))).isZero();
        assertThat(gate.available()).isEqualTo(2 * gate.hugeMegapixels());
    }

    @Test
    void letsSmallImagesShareACore() {
        DecodeGate gate = new DecodeGate(1, 24_000_000);

        int leftDuringTwelveMegapixels = gate.through(12_000_000, gate::available);

        assertThat(leftDuringTwelveMegapixels).isEqualTo(12);
        assertThat(gate.weight(300_000)).isEqualTo(1);
    }
}
