package id.cerita.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import id.cerita.common.CourseId;
import id.cerita.course.TrainingCourse;
import id.cerita.testsupport.SharedFiles;

/**
 * Realistic stories for benchmarks, reproducible from a seed: Indonesian sentences from the Universal Dependencies
 * treebanks in {@code shared/data/corpus}, real regency/city codes from {@code shared/data/regions.csv}, the fixed
 * theme codes and, when given, real course ids. Story {@code i} depends only on the seed and {@code i}, so a
 * benchmark can generate in any order or in parallel and still get the same stories.
 *
 * <pre>{@code
 * SyntheticStories synthetic = SyntheticStories.fromSharedFiles(42).withCourses(courses.courses());
 * synthetic.take(10_000).forEach(content -> stories.create(content, null, "sari"));
 * }</pre>
 */
public final class SyntheticStories {

    /** The theme codes of the taxonomy (V3 migration); used when no courses are given. */
    public static final List<String> THEMES = List.of("kuliner", "kue-dan-roti", "olahan-pangan", "kecantikan",
            "tata-rias", "pemasaran-digital", "media-sosial", "fotografi", "jurnalistik", "kerajinan",
            "merangkai-bunga", "teknologi-informasi", "desain-web", "ritel", "keuangan", "administrasi",
            "kewirausahaan", "pariwisata", "komunitas");

    static final int MIN_WORDS = 400;
    static final int MAX_WORDS = 900;

    private static final List<String> NAMES = List.of("Ayu", "Rahmat", "Siti", "Yusuf", "Dewi", "Andi", "Nur",
            "Fajar", "Rini", "Hendra", "Wulan", "Ilham", "Lestari", "Arif", "Maya", "Rizky", "Intan", "Bayu", "Ratna",
            "Agus", "Fitriani", "Taufik", "Sri", "Dimas", "Nabila", "Hasan", "Putri", "Yohanes", "Maria", "Made",
            "Ketut", "Nyoman", "Ani", "Samuel", "Lina", "Ridwan", "Tika", "Imam", "Sinta", "Marlina");
    private static final List<String> TURNS = List.of("Membuka Usaha Sendiri", "Mendapat Pekerjaan Baru",
            "Berpindah Karier", "Membesarkan Usaha Keluarga", "Merekrut Tetangga", "Menembus Pasar Daring",
            "Bangkit Setelah PHK", "Belajar dari Nol", "Menemukan Jalan Baru", "Mengubah Hobi Jadi Penghasilan");
    private static final List<String> HEADINGS = List.of("Awal perjalanan", "Belajar lewat pelatihan",
            "Tantangan di lapangan", "Dampak bagi keluarga", "Peran komunitas alumni", "Rencana ke depan",
            "Pelajaran yang dipetik", "Dari kelas ke usaha");

    /** A course a synthetic story may name. */
    public record CourseChoice(CourseId id, String title, String themeCode) {
    }

    record Region(String code, String shortName) {
    }

    private final long seed;
    private final List<String> sentences;
    private final List<Region> regions;
    private final List<CourseChoice> courses;

    private SyntheticStories(long seed, List<String> sentences, List<Region> regions, List<CourseChoice> courses) {
        this.seed = seed;
        this.sentences = sentences;
        this.regions = regions;
        this.courses = courses;
    }

    /** Reads the corpus and the regions from the shared folder (see {@link SharedFiles}). */
    public static SyntheticStories fromSharedFiles(long seed) {
        return new SyntheticStories(seed, sentences(SharedFiles.resolve("data/corpus/id-ud-sentences.tsv")),
                regions(SharedFiles.resolve("data/regions.csv")), List.of());
    }

    /** The same generator, linking each story to one or two of these courses and taking its themes from them. */
    public SyntheticStories withCourses(Collection<TrainingCourse> catalogue) {
        List<CourseChoice> choices = catalogue.stream()
            .map(c -> new CourseChoice(c.id(), c.title(), c.themeCode())).toList();
        return new SyntheticStories(seed, sentences, regions, choices);
    }

    public List<StoryContent> take(int n) {
        return stream().limit(n).toList();
    }

    public Stream<StoryContent> stream() {
        return IntStream.iterate(0, i -> i + 1).mapToObj(this::story);
    }

    /** The {@code index}-th story of this seed. */
    public StoryContent story(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String name = pick(random, NAMES);
        Region region = pick(random, regions);
        int cohort = 1 + random.nextInt(70);
        List<CourseChoice> chosen = chooseCourses(random);
        Set<String> themes = new LinkedHashSet<>();
        chosen.forEach(c -> themes.add(c.themeCode()));
        if (themes.isEmpty()) {
            themes.add(pick(random, THEMES));
        }
        if (random.nextInt(3) == 0) {
            themes.add("kewirausahaan");
        }
        String training = chosen.isEmpty() ? "pelatihan " + themes.iterator().next().replace('-', ' ')
                : "pelatihan " + chosen.getFirst().title();
        String title = name + " dari " + region.shortName() + " " + pick(random, TURNS);
        String summary = name + ", alumni Prakerja gelombang " + cohort + " dari " + region.shortName()
                + ", mengikuti " + training + ". " + shortSentence(random, 250);
        Set<CourseId> courseIds = new LinkedHashSet<>();
        chosen.forEach(c -> courseIds.add(c.id()));
        long revenue = 500_000L * (4 + random.nextInt(57));
        return new StoryContent(Language.ID, title, null, summary, body(random, name, region, cohort, training), null,
                region.code(), null, courseIds, themes,
                List.of(new Quote(shortSentence(random, 300), name, "Alumni Prakerja gelombang " + cohort)),
                List.of(new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet per bulan (data sintetis)", revenue,
                        "Data sintetis untuk uji beban")),
                List.of());
    }

    private String body(SplittableRandom random, String name, Region region, int cohort, String training) {
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS - 60);
        StringBuilder body = new StringBuilder();
        body.append(name).append(" adalah alumni Kartu Prakerja gelombang ").append(cohort).append(" dari ")
            .append(region.shortName()).append(". Ia mengikuti ").append(training).append(".\n\n");
        List<String> headings = new ArrayList<>(HEADINGS);
        int words = words(body);
        while (words < target) {
            StringBuilder paragraph = new StringBuilder();
            int sentencesInParagraph = 2 + random.nextInt(4);
            for (int s = 0; s < sentencesInParagraph; s++) {
                String sentence = pick(random, sentences);
                if (words + words(paragraph) + words(sentence) > MAX_WORDS - 5) {
                    break;
                }
                paragraph.append(s == 0 ? "" : " ").append(sentence);
            }
            if (paragraph.isEmpty()) {
                break;
            }
            if (headings.size() == HEADINGS.size() || !headings.isEmpty() && random.nextInt(3) == 0) {
                body.append("## ").append(headings.remove(random.nextInt(headings.size()))).append("\n\n");
            }
            body.append(paragraph).append("\n\n");
            words = words(body);
        }
        return body.toString().strip() + "\n";
    }

    private List<CourseChoice> chooseCourses(SplittableRandom random) {
        if (courses.isEmpty()) {
            return List.of();
        }
        List<CourseChoice> chosen = new ArrayList<>();
        chosen.add(pick(random, courses));
        if (courses.size() > 1 && random.nextBoolean()) {
            CourseChoice second = pick(random, courses);
            if (!second.equals(chosen.getFirst())) {
                chosen.add(second);
            }
        }
        return chosen;
    }

    private String shortSentence(SplittableRandom random, int maxLength) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String sentence = pick(random, sentences);
            if (sentence.length() <= maxLength) {
                return sentence;
            }
        }
        return pick(random, sentences).substring(0, maxLength - 1).strip() + "…";
    }

    static int words(CharSequence text) {
        String s = text.toString().strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Full sentences of a readable length from the TSV (source, sent_id, text). */
    static List<String> sentences(Path tsv) {
        try (Stream<String> lines = Files.lines(tsv, StandardCharsets.UTF_8)) {
            return lines.skip(1).map(line -> line.split("\t", 3)).filter(cols -> cols.length == 3)
                .map(cols -> cols[2].strip())
                .filter(text -> text.length() >= 40 && text.length() <= 400)
                .filter(text -> text.endsWith(".") || text.endsWith("?") || text.endsWith("!"))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Regencies and cities (not provinces) from regions.csv: code, name, short_name, province_code, type, … */
    static List<Region> regions(Path csv) {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.skip(1).map(line -> line.split(",", -1))
                .filter(cols -> cols.length > 4 && !"provinsi".equals(cols[4]))
                .map(cols -> new Region(cols[0], cols[2])).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
