package id.cerita.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every alias of the maintained list, and the names generated from the region data, lead to their region. */
class PlaceNamesTests {

    private static final PlaceNames PLACES = PlaceNames.standard();

    static Stream<Arguments> maintainedAliases() throws IOException {
        List<Arguments> aliases = new ArrayList<>();
        try (InputStream in = PlaceNames.class.getClassLoader().getResourceAsStream("search/place-names.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                for (int i = 1; i < parts.length; i++) {
                    aliases.add(Arguments.of(parts[i], parts[0]));
                }
            }
        }
        return aliases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("maintainedAliases")
    void readsEveryMaintainedAliasAsItsRegion(String alias, String code) {
        PlaceNames.Parsed parsed = PLACES.parse("usaha kue " + alias);

        assertThat(parsed.rest()).isEqualTo("usaha kue");
        assertThat(parsed.places()).singleElement().satisfies(place -> assertThat(place.codes()).contains(code));
        assertThat(PLACES.codes(alias.toLowerCase())).contains(code);
    }

    @Test
    void readsOfficialNamesWithOrWithoutKabupatenOrKota() {
        assertThat(PLACES.codes("Nusa Tenggara Timur")).containsExactly("53");
        assertThat(PLACES.codes("Papua Barat Daya")).containsExactly("96");
        assertThat(PLACES.codes("Kabupaten Tanjung Jabung Barat")).containsExactly("15.06");
        assertThat(PLACES.codes("Kab. Sigi")).containsExactly("72.10");
        assertThat(PLACES.codes("Kab Sigi")).containsExactly("72.10");
        assertThat(PLACES.codes("Sigi")).containsExactly("72.10");
        assertThat(PLACES.codes("Seram Bagian Barat")).containsExactly("81.06");
        assertThat(PLACES.codes("Lubuk Linggau")).containsExactly("16.73");
        assertThat(PLACES.codes("Kota Gorontalo")).containsExactly("75.71");
        assertThat(PLACES.codes("Gorontalo")).contains("75", "75.01", "75.71");
        assertThat(PLACES.codes("kue")).isEmpty();
    }

    @Test
    void takesTheLongestNameSoPapuaBaratDayaIsOnePlace() {
        PlaceNames.Parsed parsed = PLACES.parse("petani kopi Papua Barat Daya");

        assertThat(parsed.rest()).isEqualTo("petani kopi");
        assertThat(parsed.places()).singleElement().satisfies(p -> {
            assertThat(p.words()).isEqualTo("Papua Barat Daya");
            assertThat(p.codes()).containsExactly("96");
        });
    }

    @Test
    void coversEveryProvinceOfTheRegionDataWithAShortForm() throws IOException {
        long provincesWithAlias = maintainedAliases().map(a -> (String) a.get()[1]).filter(c -> !c.contains("."))
            .distinct().count();
        assertThat(provincesWithAlias).isEqualTo(38);
    }
}
