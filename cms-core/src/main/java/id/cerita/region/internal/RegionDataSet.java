package id.cerita.region.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import id.cerita.region.internal.V2__LoadRegions.RegionRow;

/**
 * The region reference data as the product ships it: codes and names from the npm package idn-area-data (ODbL, by
 * Fityan Nugroho and contributors), daerah tertinggal written from the public Perpres 63/2020, and the count of
 * outermost small islands per regency from idn-area-data's islands.
 */
record RegionDataSet(List<RegionRow> regions, Set<String> unresolvedTertinggal) {

    static final String BASE = "region/idn-area-data/";
    static final String TERTINGGAL = "region/tertinggal-perpres-63-2020.txt";

    static RegionDataSet fromClasspath() {
        try {
            Map<String, Integer> outermost = outermostIslandsPerRegency();
            List<RegionRow> rows = new ArrayList<>();
            Map<String, String> regencyCodeByName = new HashMap<>();
            for (CSVRecord r : read(BASE + "provinces.csv")) {
                rows.add(new RegionRow(r.get("code"), r.get("name"), "PROVINCE", r.get("code"), false, 0));
            }
            List<CSVRecord> regencies = read(BASE + "regencies.csv");
            for (CSVRecord r : regencies) {
                regencyCodeByName.put(r.get("name"), r.get("code"));
            }
            Set<String> unresolved = new TreeSet<>();
            Set<String> tertinggal = tertinggalCodes(regencyCodeByName, unresolved);
            for (CSVRecord r : regencies) {
                String code = r.get("code");
                String name = r.get("name");
                rows.add(new RegionRow(code, name, name.startsWith("Kota ") ? "CITY" : "REGENCY", r.get("province_code"),
                        tertinggal.contains(code), outermost.getOrDefault(code, 0)));
            }
            return new RegionDataSet(List.copyOf(rows), Set.copyOf(unresolved));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> outermostIslandsPerRegency() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (CSVRecord island : read(BASE + "islands.csv")) {
            if ("1".equals(island.get("is_outermost_small"))) {
                counts.merge(island.get("regency_code"), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The decree names kabupaten; resolve each to today's code by its current name (Papua was split in 2022). */
    private static Set<String> tertinggalCodes(Map<String, String> regencyCodeByName, Set<String> unresolved)
            throws IOException {
        Set<String> codes = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(V2__LoadRegions.resource(TERTINGGAL))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String current = parts.length > 2 && !parts[2].isBlank() ? parts[2] : parts[1];
                String code = regencyCodeByName.get("Kabupaten " + current);
                if (code == null) {
                    unresolved.add(line);
                }
                else {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private static List<CSVRecord> read(String path) throws IOException {
        try (Reader reader = V2__LoadRegions.resource(path)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
