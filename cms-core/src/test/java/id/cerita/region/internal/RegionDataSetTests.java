package id.cerita.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import id.cerita.region.internal.V2__LoadRegions.RegionRow;
import id.cerita.testsupport.SharedFiles;

/** The shipped region data agrees with the independent reference lists in shared/data. */
class RegionDataSetTests {

    private final RegionDataSet data = RegionDataSet.fromClasspath();

    @Test
    void hasEveryProvinceAndRegencyOfTheReferenceListWithTheSameNames() throws IOException {
        Map<String, CSVRecord> reference = read("data/regions.csv").stream()
            .collect(Collectors.toMap(r -> r.get("code"), Function.identity()));
        Map<String, RegionRow> ours = data.regions().stream().collect(Collectors.toMap(RegionRow::code, Function.identity()));

        assertThat(ours.keySet()).isEqualTo(reference.keySet());
        assertThat(ours.values().stream().filter(r -> r.type().equals("PROVINCE"))).hasSize(38);
        ours.forEach((code, row) -> assertThat(row.name()).as(code).isEqualTo(reference.get(code).get("name")));
    }

    @Test
    void flagsExactlyTheSixtyTwoDaerahTertinggalOfPerpres63Of2020() throws IOException {
        Set<String> expected = read("data/tertinggal_2020_2024.csv").stream().map(r -> r.get("code"))
            .collect(Collectors.toSet());
        Set<String> flagged = data.regions().stream().filter(RegionRow::tertinggal).map(RegionRow::code)
            .collect(Collectors.toSet());

        assertThat(data.unresolvedTertinggal()).isEmpty();
        assertThat(flagged).hasSize(62).isEqualTo(expected);
    }

    @Test
    void countsOutermostSmallIslandsLikeTheReferenceList() throws IOException {
        Map<String, Integer> ours = data.regions().stream()
            .collect(Collectors.toMap(RegionRow::code, RegionRow::outermostIslands));
        List<CSVRecord> reference = read("data/regions.csv");
        for (CSVRecord r : reference) {
            String islands = r.get("ppkt_islands");
            int expected = islands == null || islands.isBlank() ? 0 : Integer.parseInt(islands);
            if (!r.get("type").equals("provinsi")) {
                assertThat(ours.get(r.get("code"))).as(r.get("name")).isEqualTo(expected);
            }
        }
        assertThat(ours.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    private static List<CSVRecord> read(String path) throws IOException {
        try (Reader reader = Files.newBufferedReader(SharedFiles.resolve(path))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
