package id.cerita.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.cerita.course.Delivery;
import id.cerita.course.SkillType;
import id.cerita.course.TrainingCourse;
import id.cerita.course.TrainingProvider;
import id.cerita.region.Region;
import id.cerita.region.RegionType;
import id.cerita.site.internal.Json;
import id.cerita.story.Language;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;
import id.cerita.story.StoryDetails.Person;
import id.cerita.story.StoryStatus;
import id.cerita.story.SyntheticStories;
import id.cerita.testsupport.SharedFiles;
import id.cerita.theme.Theme;

/**
 * bench/site: {@code hugo <n> <dir>} writes the same stories as a Hugo site; {@code export <n> <root>} runs a full
 * export; {@code edit <n> <root>} edits one story and exports incrementally. Prints the build time in ms.
 */
public final class SiteBenchmark {

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        List<StoryDetails> stories = stories(count);
        switch (args[0]) {
            case "hugo" -> hugo(stories, dir);
            case "export", "edit" -> {
                if (args[0].equals("edit")) {
                    StoryDetails s = stories.get(count / 2);
                    stories.set(count / 2, SiteStories.edited(s, s.title() + " (diperbarui)", s.body() + "\n\nPembaruan."));
                }
                SiteBuilder builder = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE);
                long start = System.nanoTime();
                SiteBuildReport report = builder.build(new SiteInput("https://cerita.example.id", "Cerita Alumni", stories), dir);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("build_ms=%d files=%d rendered=%d linked=%d html=%d%n", ms, report.files(),
                        report.rendered().size(), report.linked().size(),
                        report.rendered().stream().filter(p -> p.endsWith(".html")).count()
                                + report.linked().stream().filter(p -> p.endsWith(".html")).count());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static List<StoryDetails> stories(int count) throws IOException {
        Map<String, Region> regions = new HashMap<>();
        for (String line : Files.readAllLines(SharedFiles.resolve("data/regions.csv")).subList(1, 553)) {
            String[] f = line.split(",", -1);
            RegionType type = f[4].equals("provinsi") ? RegionType.PROVINCE : f[4].equals("kota") ? RegionType.CITY : RegionType.REGENCY;
            regions.put(f[0], new Region(f[0], f[1], type, f[3], false, 0));
        }
        List<TrainingProvider> providers = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            providers.add(TrainingProvider.register("lembaga-" + p, "Lembaga Pelatihan Nusantara " + p, null, null));
        }
        Map<String, CourseOffer> courses = new HashMap<>();
        SyntheticStories synthetic = SyntheticStories.fromSharedFiles(42);
        Instant start = Instant.parse("2020-01-01T02:00:00Z");
        List<StoryDetails> stories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StoryContent c = synthetic.story(i);
            Region region = regions.get(c.regionCode());
            Region province = regions.get(c.regionCode().substring(0, 2));
            List<Theme> themes = c.themeCodes().stream().sorted()
                .map(code -> new Theme(code, null, code.replace('-', ' '), code.replace('-', ' '), 1)).toList();
            List<CourseOffer> offers = themes.stream().limit(1).map(t -> courses.computeIfAbsent(t.code(), code -> {
                TrainingProvider provider = providers.get(Math.floorMod(code.hashCode(), providers.size()));
                return new CourseOffer(TrainingCourse.offer("pelatihan-" + code, "Pelatihan " + code.replace('-', ' '),
                        code, SkillType.HARD, Delivery.ONLINE, provider), provider);
            })).toList();
            Instant published = start.plus(i * 3L, ChronoUnit.HOURS);
            String name = c.title().split(" ")[0];
            stories.add(new StoryDetails(UUID.nameUUIDFromBytes(("bench-" + i).getBytes()), "cerita-" + i, Language.ID,
                    UUID.nameUUIDFromBytes(("key-" + i).getBytes()), c.title(), c.summary(), c.body(), 1,
                    StoryStatus.PUBLISHED, true, published, published.plus(1, ChronoUnit.HOURS), "sari", region, province,
                    themes, offers, new Person(UUID.nameUUIDFromBytes(("alumnus-" + i).getBytes()), name, 1 + i % 70, null,
                            "Wirausaha", Set.of(), null), null, c.quotes(), c.outcomes(), c.sources(), List.of()));
        }
        return stories;
    }

    static void hugo(List<StoryDetails> stories, Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content/cerita"));
        Files.writeString(dir.resolve("config.toml"), """
                baseURL = "https://cerita.example.id/"
                languageCode = "id"
                title = "Cerita Alumni"
                paginate = 20
                disableKinds = []
                [taxonomies]
                provinsi = "provinsi"
                wilayah = "wilayah"
                tema = "tema"
                pelatihan = "pelatihan"
                lembaga = "lembaga"
                gelombang = "gelombang"
                tahun = "tahun"
                [markup.goldmark.renderer]
                unsafe = false
                """);
        Path layouts = Files.createDirectories(dir.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("baseof.html"), """
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}"></head><body><a href="#main">Langsung ke isi</a>
                <header><nav aria-label="Navigasi utama"><a href="/">Beranda</a> <a href="/provinsi/">Provinsi</a> <a href="/tema/">Tema</a></nav></header>
                <main id="main">{{ block "main" . }}{{ end }}</main><footer>Cerita Alumni</footer></body></html>
                """);
        Files.writeString(layouts.resolve("single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>
                <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
                {{ .Content }}<ul>{{ range (.GetTerms "provinsi") }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}
                {{ range (.GetTerms "wilayah") }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}
                {{ range (.GetTerms "tema") }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}
                {{ range (.GetTerms "pelatihan") }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></article>{{ end }}
                """);
        String list = """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p>{{ .Summary }}</p></article>{{ end }}{{ with .Paginator }}<nav aria-label="Halaman">{{ if .HasPrev }}<a href="{{ .Prev.URL }}">Sebelumnya</a>{{ end }}
                {{ if .HasNext }}<a href="{{ .Next.URL }}">Berikutnya</a>{{ end }}</nav>{{ end }}{{ end }}
                """;
        Files.writeString(layouts.resolve("list.html"), list);
        Files.writeString(layouts.resolve("terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
                """);
        for (StoryDetails s : stories) {
            StringBuilder fm = new StringBuilder("---\n");
            fm.append("title: ").append(Json.string(s.title())).append('\n')
                .append("date: ").append(SiteFormats.iso(s.publishedAt())).append('\n')
                .append("summary: ").append(Json.string(s.summary())).append('\n')
                .append("provinsi: [").append(Json.string(s.province().shortName())).append("]\n")
                .append("wilayah: [").append(Json.string(s.region().name())).append("]\n")
                .append("tema: [").append(String.join(", ", s.themes().stream().map(t -> Json.string(t.code())).toList())).append("]\n")
                .append("pelatihan: [").append(String.join(", ", s.courses().stream().map(o -> Json.string(o.course().title())).toList())).append("]\n")
                .append("lembaga: [").append(String.join(", ", s.courses().stream().map(o -> Json.string(o.provider().name())).toList())).append("]\n")
                .append("gelombang: [\"").append(s.person().cohort()).append("\"]\n")
                .append("tahun: [\"").append(SiteFormats.day(s.publishedAt()).getYear()).append("\"]\n")
                .append("---\n\n").append(s.body());
            Files.writeString(content.resolve(s.slug() + ".md"), fm);
        }
    }
}
