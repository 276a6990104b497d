import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.StoryId;
import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.media.FocalPoint;
import id.cerita.press.PressKit;
import id.cerita.press.PressPhoto;
import id.cerita.press.PressSettings;
import id.cerita.press.internal.KitAssembler;
import id.cerita.press.internal.KitRenderers;
import id.cerita.press.internal.PressArticle;
import id.cerita.press.internal.PressArticles;
import id.cerita.site.MarkdownRenderer;
import id.cerita.region.Region;
import id.cerita.region.RegionType;
import id.cerita.story.Language;
import id.cerita.story.Quote;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryStatus;
import id.cerita.theme.Theme;

/**
 * Press kit benchmark: COUNT stories (bodies from the shared UD Indonesian corpus, every 4th with an English
 * translation, one 3000x2000 press photo each) rendered as full kits (PDF, DOCX, text, ninjs, NewsML-G2, photo,
 * manifest, ZIP) or, as the baseline, as plain text + ninjs only. Prints kits/s and the peak heap of the timed phase.
 * Usage: java -cp CP PressBench.java full|baseline COUNT shared-dir
 */
public class PressBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int count = Integer.parseInt(args[1]);
        Path shared = Path.of(args[2]);
        List<String> sentences = Files.readAllLines(shared.resolve("data/corpus/id-ud-sentences.tsv")).stream().skip(1)
            .map(line -> line.split("\t", 3)[2]).filter(s -> s.length() > 40).toList();
        List<String[]> regencies = Files.readAllLines(shared.resolve("data/regions.csv")).stream().skip(1)
            .map(line -> line.split(",")).filter(r -> !r[4].equals("provinsi")).toList();
        PressPhoto photo = photo();
        PressSettings settings = new PressSettings("Tim Komunikasi Program Pelatihan Kerja", "Jakarta · Siaran Pers",
                "Program pelatihan kerja ini membantu warga Indonesia meningkatkan keterampilan. ".repeat(4),
                "This job-training programme helps Indonesians build skills. ".repeat(4), "Tim Komunikasi",
                "Hubungan Media", "media@example.org", "+62 21 0000 0000", "Tim Komunikasi",
                "Boleh dimuat ulang dengan menyebut sumber.", "May be republished with attribution.");
        PressArticles articles = new PressArticles(new MarkdownRenderer(), ZoneId.of("Asia/Jakarta"), "https://cerita.example.org", author -> "Tim Cerita");
        KitAssembler assembler = new KitAssembler(new KitRenderers());
        Random random = new Random(42);
        List<List<StoryDetails>> stories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stories.add(story(i, random, sentences, regencies));
        }
        Instant now = Instant.parse("2026-11-23T03:00:00Z");
        boolean full = mode.equals("full");
        // warm-up: JIT, font parsing, template cache; not timed
        for (int i = 0; i < Math.min(10, count); i++) {
            run(full, assembler, articles, stories.get(i), photo, settings, now);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long bytes = 0;
        int files = 0;
        long start = System.nanoTime();
        for (List<StoryDetails> story : stories) {
            PressKit kit = run(full, assembler, articles, story, photo, settings, now);
            bytes += kit.zip().length;
            files += kit.files().size() + 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("mode=%s%nkits=%d%nseconds=%.3f%nkits_per_second=%.2f%nzip_bytes=%d%nfiles=%d%npeak_heap_mib=%.1f%n",
                mode, count, seconds, count / seconds, bytes, files, peakHeap / 1048576.0);
    }

    static PressKit run(boolean full, KitAssembler assembler, PressArticles articles, List<StoryDetails> versions,
            PressPhoto photo, PressSettings settings, Instant now) {
        List<PressArticle> kit = versions.stream()
            .map(s -> articles.article(s, null, full ? List.of(photo) : List.of(), settings, now)).toList();
        return full ? assembler.assemble(kit, now) : assembler.assembleTextAndJson(kit, now);
    }

    static List<StoryDetails> story(int n, Random random, List<String> sentences, List<String[]> regencies) {
        String[] r = regencies.get(random.nextInt(regencies.size()));
        Region region = new Region(r[0], r[1], r[4].equals("kota") ? RegionType.CITY : RegionType.REGENCY, r[3], false, 0);
        Region province = new Region(r[3], "Provinsi " + r[3], RegionType.PROVINCE, r[3], false, 0);
        TrainingProvider provider = TrainingProvider.register("lembaga-" + n, "Lembaga Pelatihan " + n, null, null);
        TrainingCourse course = TrainingCourse.offer("pelatihan-" + n, "Pemasaran Digital untuk UMKM " + n,
                "pemasaran-digital", SkillType.HARD, Delivery.ONLINE, provider);
        List<Theme> themes = List.of(new Theme("pemasaran-digital", null, "Pemasaran Digital", "Digital Marketing", 30),
                new Theme("kuliner", null, "Kuliner", "Culinary", 10));
        StoryDetails.Person person = new StoryDetails.Person(AlumnusId.random(), "Alumni Nomor " + n, 5,
                "Usaha Alumni " + n, "Wirausaha", EnumSet.allOf(ConsentScope.class), java.time.LocalDate.of(2026, 11, 23));
        UUID key = UUID.randomUUID();
        StoryDetails id = details(n, Language.ID, key, paragraphs(random, sentences, 14), region, province, themes,
                course, provider, person);
        if (n % 4 != 0) {
            return List.of(id);
        }
        return List.of(id, details(n, Language.EN, key, paragraphs(random, sentences, 14), region, province, themes,
                course, provider, person));
    }

    static StoryDetails details(int n, Language language, UUID key, String body, Region region, Region province,
            List<Theme> themes, TrainingCourse course, TrainingProvider provider, StoryDetails.Person person) {
        return new StoryDetails(StoryId.random(), "cerita-" + n + "-" + language.code(), language, key,
                "Cerita sukses alumni nomor " + n + " dari " + region.shortName(), "Ringkasan cerita " + n
                        + ": dari pelatihan daring ke usaha yang tumbuh.", body, 3, StoryStatus.PUBLISHED, true,
                Instant.parse("2026-11-20T02:00:00Z"), Instant.parse("2026-11-21T02:00:00Z"), "sari", region, province,
                themes, List.of(new StoryDetails.CourseOffer(course, provider)), person, null,
                List.of(new Quote("Pelatihan ini mengubah cara saya berjualan.", person.name(), "Alumni")), List.of(),
                List.of(), List.of());
    }

    /** About 700 words of Indonesian news prose in markdown paragraphs, with some emphasis. */
    static String paragraphs(Random random, List<String> sentences, int count) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int s = 0; s < 3; s++) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                body.append(s == 1 && p % 3 == 0 ? "**" + sentence + "**" : sentence).append(' ');
            }
            body.append("\n\n");
        }
        return body.toString();
    }

    static PressPhoto photo() throws Exception {
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(180, 60, 30), 3000, 2000, new Color(30, 90, 160)));
        g.fillRect(0, 0, 3000, 2000);
        Random noise = new Random(7);
        for (int i = 0; i < 4000; i++) {
            g.setColor(new Color(noise.nextInt(256), noise.nextInt(256), noise.nextInt(256)));
            g.fillOval(noise.nextInt(3000), noise.nextInt(2000), 20 + noise.nextInt(60), 20 + noise.nextInt(60));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return new PressPhoto("foto-alumni.jpg", out.toByteArray(), 3000, 2000, new FocalPoint(0.4, 0.35),
                "Alumni di tempat usahanya.", "Tim Komunikasi", "© 2026 Tim Komunikasi", true);
    }
}
