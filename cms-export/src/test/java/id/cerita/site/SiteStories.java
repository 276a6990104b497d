package id.cerita.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.gathering.Gathering;
import id.cerita.region.Region;
import id.cerita.region.RegionType;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;
import id.cerita.story.StoryDetails.Person;
import id.cerita.story.StoryDetails.Translation;
import id.cerita.story.StoryStatus;
import id.cerita.theme.Theme;

/**
 * Public stories for site tests, made without a database and reproducible: story {@code i} depends only on
 * {@code i}. Every fifth story also has an English translation.
 */
public final class SiteStories {

    /** Markdown that tests text escaping: entities, backslashes, raw HTML, quotes, line ends of every kind. */
    public static final List<String> TRICKY_MARKDOWN = List.of(
            "Omzet naik dari Rp2 juta menjadi Rp10 juta & kini \"stabil\".",
            "Harga <b>donat</b> Rp3.000 > Rp2.500 < Rp4.000",
            "Entitas: &copy; 2026, &#169;, &#xA9;, &amp;, & tanpa titik koma, AT&T",
            "Garis miring terbalik: \\*bukan tebal\\*, \\\\ dua, \\# bukan judul, C:\\Users",
            "Baris satu\r\nbaris dua\rbaris tiga\n\nParagraf \"kutipan\" dan 'tanda petik' -- pisah --- panjang...",
            "## Judul & \"sub\"\n\n| Tahun | Omzet |\n|---|---:|\n| 2023 | Rp2 juta & lebih |\n\n> \"Saya belajar\" <kata> Siti\n",
            "[tautan \\[siku\\]](https://contoh.id/?a=1&b=2 \"judul & <x>\") dan `kode & <tag>` serta ~~coret & \"x\"~~",
            "- daftar & satu\n- daftar <dua>\n  lanjut \\_\n\n1. nomor \"tiga\"");

    static final Region MALUKU = new Region("81", "Maluku", RegionType.PROVINCE, null, false, 0);
    static final Region AMBON = new Region("81.71", "Kota Ambon", RegionType.CITY, "81", false, 0);
    static final Region JATIM = new Region("35", "Jawa Timur", RegionType.PROVINCE, null, false, 0);
    static final Region MALANG = new Region("35.07", "Kabupaten Malang", RegionType.REGENCY, "35", false, 0);
    static final Region SURABAYA = new Region("35.78", "Kota Surabaya", RegionType.CITY, "35", false, 0);
    static final Region PAPUA = new Region("91", "Papua", RegionType.PROVINCE, null, true, 0);
    static final Region JAYAPURA = new Region("91.71", "Kota Jayapura", RegionType.CITY, "91", false, 0);
    private static final List<Region[]> PLACES = List.of(new Region[] { AMBON, MALUKU },
            new Region[] { MALANG, JATIM }, new Region[] { SURABAYA, JATIM }, new Region[] { JAYAPURA, PAPUA });
    private static final List<Theme> THEMES = List.of(new Theme("kuliner", null, "Kuliner", "Culinary", 1),
            new Theme("kue-dan-roti", "kuliner", "Kue dan roti", "Cakes and bread", 2),
            new Theme("pemasaran-digital", null, "Pemasaran digital", "Digital marketing", 3),
            new Theme("kerajinan", null, "Kerajinan", "Crafts", 4));
    private static final List<TrainingProvider> PROVIDERS = List.of(
            TrainingProvider.register("lpk-maju-bersama", "LPK Maju Bersama", "https://maju.example", "Pelatihan"),
            TrainingProvider.register("skilvul-nusantara", "Skilvul Nusantara", null, null));
    private static final List<CourseOffer> COURSES = List.of(
            offer("membuat-roti-rumahan", "Membuat Roti Rumahan", "kue-dan-roti", 0),
            offer("pemasaran-lewat-media-sosial", "Pemasaran lewat Media Sosial", "pemasaran-digital", 1),
            offer("anyaman-bambu", "Anyaman Bambu", "kerajinan", 0));
    private static final Gathering GATHERING = Gathering.plan("temu-ambon-2024", "Temu Alumni Ambon", "Gedung Siwalima",
            "81.71", LocalDate.of(2024, 6, 5));
    private static final Instant START = Instant.parse("2023-01-02T03:00:00Z");
    private static final String[] NAMES = { "Siti Rahayu", "Yohanes Latumahina", "Made Wirawan", "Nur Aini",
            "Andi Saputra" };
    private static final String[] WORDS = ("usaha roti keluarga pelatihan daring pasar desa modal tetangga pesanan "
            + "resep kelas mentor pemasaran foto produk harga pembeli kota pulau ikan kopi anyaman bambu").split(" ");

    private SiteStories() {
    }

    private static CourseOffer offer(String slug, String title, String theme, int provider) {
        return new CourseOffer(TrainingCourse.offer(slug, title, theme, SkillType.HARD, Delivery.ONLINE,
                PROVIDERS.get(provider)), PROVIDERS.get(provider));
    }

    /** {@code count} Indonesian stories, plus an English translation of every fifth. */
    public static List<StoryDetails> generate(int count) {
        List<StoryDetails> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StoryDetails story = story(i, Language.ID);
            if (i % 5 == 0) {
                StoryDetails english = story(i, Language.EN);
                stories.add(translated(story, english));
                stories.add(translated(english, story));
            }
            else {
                stories.add(story);
            }
        }
        return stories;
    }

    private static StoryDetails translated(StoryDetails story, StoryDetails other) {
        List<Translation> translations = Stream.of(story, other)
            .map(s -> new Translation(s.id(), s.language(), s.slug(), s.title(), true)).toList();
        return copy(story, story.title(), story.body(), story.updatedAt(), translations);
    }

    public static StoryDetails story(int i, Language language) {
        boolean en = language == Language.EN;
        StoryId id = new StoryId(UUID.nameUUIDFromBytes(("story-" + i + "-" + language.code()).getBytes()));
        Region[] place = PLACES.get(i % PLACES.size());
        Theme theme = THEMES.get(i % THEMES.size());
        CourseOffer course = COURSES.get(i % COURSES.size());
        String name = NAMES[i % NAMES.length];
        boolean named = i % 3 != 0;
        String title = en ? "How " + name.split(" ")[0] + " built a business, story " + i
                : "Kisah " + name.split(" ")[0] + " membuka usaha, cerita " + i;
        Instant published = START.plus(i * 7L, ChronoUnit.HOURS);
        Person person = new Person(new AlumnusId(UUID.nameUUIDFromBytes(("alumnus-" + i).getBytes())), named ? name : null,
                1 + i % 7, named ? "Usaha " + WORDS[i % WORDS.length] : null, "Wirausaha",
                named ? Set.of(ConsentScope.NAME, ConsentScope.WEBSITE) : Set.of(ConsentScope.WEBSITE),
                LocalDate.of(2024, 1, 1));
        List<Outcome> outcomes = List.of(
                new Outcome(OutcomeKind.MONTHLY_REVENUE, en ? "Monthly revenue" : "Omzet", 1_000_000L * (1 + i % 12), "wawancara"),
                new Outcome(OutcomeKind.EMPLOYEES_HIRED, en ? "Neighbours hired" : "Tetangga yang direkrut", (long) (i % 4 + 1), "wawancara"));
        return new StoryDetails(id, (en ? "story-" : "cerita-") + i, language,
                UUID.nameUUIDFromBytes(("key-" + i).getBytes()), title, summary(i, en), body(i, en), 1,
                StoryStatus.PUBLISHED, true, published, published.plus(1, ChronoUnit.HOURS), "sari", place[0], place[1],
                List.of(theme), List.of(course), person, i % 4 == 0 ? GATHERING : null,
                List.of(new Quote(en ? "The course changed my life." : "Pelatihan itu mengubah hidup saya.",
                        named ? name : "Alumni", "Wirausaha")),
                outcomes, i % 6 == 0 ? List.of(new SourceReference("Antara", "Alumni pelatihan membuka usaha",
                        "https://www.antaranews.com/berita/" + i, LocalDate.of(2024, 6, 5))) : List.of(),
                List.of());
    }

    private static String summary(int i, boolean en) {
        return en ? "An alumnus grows a family business after an online course (" + i + ")."
                : "Seorang alumni membesarkan usaha keluarga setelah pelatihan daring (" + i + ").";
    }

    private static String body(int i, boolean en) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            if (p % 2 == 0) {
                body.append("## ").append(en ? "Part " : "Bagian ").append(p / 2 + 1).append("\n\n");
            }
            for (int w = 0; w < 60; w++) {
                body.append(WORDS[(i * 7 + p * 13 + w * 3) % WORDS.length]).append(w % 12 == 11 ? ". " : " ");
            }
            body.append("\n\n");
        }
        body.append("| Bulan | Omzet |\n|---|---|\n| Januari | Rp1.000.000 |\n| Juni | Rp5.000.000 |\n\n");
        body.append("> \"Saya belajar dari nol,\" katanya.\n");
        return body.toString();
    }

    /** The same story with another title and body, edited a day later. */
    public static StoryDetails edited(StoryDetails s, String title, String body) {
        return copy(s, title, body, s.updatedAt().plus(1, ChronoUnit.DAYS), s.translations());
    }

    private static StoryDetails copy(StoryDetails s, String title, String body, Instant updatedAt,
            List<Translation> translations) {
        return new StoryDetails(s.id(), s.slug(), s.language(), s.translationKey(), title, s.summary(), body,
                s.revision() + 1, s.status(), s.live(), s.publishedAt(), updatedAt, s.author(), s.region(),
                s.province(), s.themes(), s.courses(), s.person(), s.gathering(), s.quotes(), s.outcomes(),
                s.sources(), translations);
    }

    /** Every file of a site tree by relative path, for byte-for-byte comparison. */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.toRealPath())) {
            dir = dir.toRealPath();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new HashMap<>();
        tree(dir).forEach((path, bytes) -> texts.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }
}
