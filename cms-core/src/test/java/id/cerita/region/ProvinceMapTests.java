package id.cerita.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProvinceMapTests {

    private final ProvinceMap map = ProvinceMap.load();

    @Test
    void eachProvinceIsShadedByItsValueAndTheNewPapuaProvincesWithTheirFormerOne() {
        String svg = map.svg(Map.of("15", 4L, "93", 2L, "91", 1L), "Cerita per provinsi",
                (codes, value) -> String.join("+", codes) + ": " + value);

        assertThat(svg).contains("<title>15: 4</title>").contains("<title>91+93+94+95: 3</title>")
            .contains("<title>11: 0</title>");
        assertThat(svg).contains("data-province=\"15\" fill=\"" + ProvinceMap.SHADES.getLast() + "\"");
        assertThat(svg).contains("data-province=\"11\" fill=\"" + ProvinceMap.SHADES.getFirst() + "\"");
        assertThat(svg.split("<path ", -1)).hasSize(35);
    }

    @Test
    void theLegendCoversEveryValueWithoutGapsOrOverlaps() {
        List<ProvinceMap.Step> steps = map.legend(Map.of("15", 7L, "75", 1L));

        assertThat(steps.getFirst().to()).isZero();
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).from()).isEqualTo(steps.get(i - 1).to() + 1);
        }
        assertThat(steps.getLast().to()).isEqualTo(7);
        assertThat(ProvinceMap.shade(7, 7)).isEqualTo(steps.getLast().colour());
    }
}
