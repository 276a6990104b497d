package id.cerita.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.yaml.snakeyaml.Yaml;

import id.cerita.search.StoryDocument.Variant;
import id.cerita.testsupport.SharedFiles;

/**
 * Published stories made up from public material, for the quality test's distractors and the benchmark: sentences of
 * the Indonesian corpus in shared/data, real regencies with their 3T flags, the demo catalogue's courses with their
 * themes and providers, and alumni with common Indonesian names, a business, a cohort and outcomes. Seeded, so every
 * run indexes the same stories.
 */
final class GeneratedStories {

    private static final List<String> FIRST_NAMES = List.of("Siti", "Nur", "Dewi", "Sri", "Rina", "Wahyu", "Agus",
            "Budi", "Putri", "Ayu", "Rizky", "Fitri", "Yusuf", "Ahmad", "Indah", "Lestari", "Eka", "Dian", "Bayu",
            "Ratna", "Hendra", "Yuliana", "Fajar", "Nia", "Andi", "Made", "Ketut", "Maria", "Yohanes", "Fransiska");
    private static final List<String> FAMILY_NAMES = List.of("Rahmawati", "Saputra", "Hidayat", "Lestari",
            "Wulandari", "Setiawan", "Siregar", "Nasution", "Pratama", "Kurniawan", "Simanjuntak", "Wijaya",
            "Sulastri", "Haryanto", "Manurung", "Tanjung", "Lubis", "Sihombing", "Pangaribuan", "Mahendra");
    private static final List<String> TRADES = List.of("Warung", "Toko", "Dapur", "Kedai", "Studio", "Galeri",
            "Bengkel", "Rumah Jahit", "Salon", "Katering");
    private static final List<String> OCCUPATIONS = List.of("pemilik usaha", "perias pengantin", "fotografer lepas",
            "penjahit", "barista", "karyawan toko", "admin media sosial", "pengrajin", "pedagang pasar",
            "guru honorer", "mahasiswa", "ibu rumah tangga");
    private static final List<String> OUTCOMES = List.of("BUSINESS_OPENED", "JOB_OBTAINED", "CAREER_CHANGE",
            "MONTHLY_REVENUE", "EMPLOYEES_HIRED");

    private record Course(String key, String title, String theme, String provider) {
    }

    private GeneratedStories() {
    }

    /** {@code count} stories keyed {@code generated-0} and on. */
    static List<StoryDocument> of(Map<String, String[]> regions, int count) throws IOException {
        List<String> sentences = Files.readAllLines(SharedFiles.resolve("data/corpus/id-ud-sentences.tsv")).stream()
            .skip(1).map(l -> l.split("\t", 3)[2]).toList();
        List<String> regencies = regions.keySet().stream().filter(c -> c.length() == 5).sorted().toList();
        List<Course> courses = courses();
        Map<String, String> providers = providers();
        Random random = new Random(20240605);
        List<StoryDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = "generated-" + i;
            StringBuilder body = new StringBuilder();
            for (int s = 6 + random.nextInt(9); s > 0; s--) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            String title = sentences.get(random.nextInt(sentences.size()));
            title = title.length() > 120 ? title.substring(0, 120) : title;
            String code = regencies.get(random.nextInt(regencies.size()));
            String[] regency = regions.get(code);
            String[] province = regions.get(regency[2]);
            boolean outermost = !"0".equals(regency[4]) && !regency[4].isBlank();
            Course course = courses.get(random.nextInt(courses.size()));
            String name = pick(random, FIRST_NAMES) + " " + pick(random, FAMILY_NAMES);
            String business = pick(random, TRADES) + " " + name.substring(0, name.indexOf(' '));
            List<String> outcomes = new ArrayList<>();
            for (String outcome : OUTCOMES) {
                if (random.nextInt(4) == 0) {
                    outcomes.add(outcome);
                }
            }
            String gathering = random.nextInt(3) == 0 ? "Temu alumni Prakerja " + regency[0] : null;
            Instant published = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(60_000_000));
            documents.add(new StoryDocument(key, key, Variant.PUBLISHED, List.of("PRESS", "PUBLIC_SITE"), key, "id",
                    key, title, sentences.get(random.nextInt(sentences.size())), body.toString(), "PUBLISHED", true,
                    published, published, null, published.atZone(ZoneOffset.UTC).getYear(), "penulis", name,
                    business, pick(random, OCCUPATIONS), 1 + random.nextInt(70), regency[2], code,
                    List.of(regency[0], province[1]), "1".equals(regency[3]), outermost,
                    List.of(course.theme()), List.of(course.theme().replace('-', ' ')), List.of(course.key()),
                    List.of(course.title()), List.of(course.provider()), List.of(providers.get(course.provider())),
                    outcomes, gathering, "alumnus-" + i));
        }
        return documents;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Course> courses() throws IOException {
        return catalogue("demo/courses.yml").stream().map(c -> new Course(c.get("key"), c.get("title"),
                c.get("theme"), c.get("provider"))).toList();
    }

    private static Map<String, String> providers() throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        catalogue("demo/providers.yml").forEach(p -> names.put(p.get("key"), p.get("name")));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> catalogue(String resource) throws IOException {
        try (InputStream in = GeneratedStories.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return new Yaml().load(in);
        }
    }
}
