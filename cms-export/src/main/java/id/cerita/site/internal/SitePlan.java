package id.cerita.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.cerita.common.StoryId;
import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteFormats;
import id.cerita.site.SiteImage;
import id.cerita.site.SiteImages;
import id.cerita.site.SiteInput;
import id.cerita.site.internal.Taxon.Kind;
import id.cerita.site.internal.Views.Alternate;
import id.cerita.site.internal.Views.Pager;
import id.cerita.site.internal.Views.Term;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;

/**
 * Every file of the site, each with the fingerprint of what it renders. Listings, prev/next and feeds are computed
 * once per build (never once per page), and stories are sorted newest first with the id as tie-break, so the same
 * input always gives the same plan.
 */
public final class SitePlan {

    public static final int PER_PAGE = 20;
    public static final int FEED_SIZE = 20;
    private static final List<String> STATIC_FILES = List.of("site.css", "search.js", "impact-charts.js");
    /** Apache ECharts for the Impact page's charts, as the build took it from npm. */
    private static final String ECHARTS = "site/vendor/echarts/dist/echarts.min.js";

    private final SiteInput input;
    private final MarkdownRenderer markdown;
    private final Templates templates;
    private final ListingFingerprints listingFingerprints;
    /** {@link SiteInput#basePath()}, parsed from the base URL once per plan, not once per link. */
    private final String base;
    private final List<Planned> stories;
    private final Map<StoryId, StoryDetails> byId = new HashMap<>();
    private final Map<StoryId, List<SiteImage>> images;
    private final Map<Kind, Map<String, Taxon<Planned>>> taxa = new LinkedHashMap<>();
    // filled by listings planned in parallel; sorted before it is written
    private final List<Sitemap.Entry> sitemap = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * A story with what every page showing it needs, found once per plan: a listing reads 20 of them per page and the
     * site has about nine listings per story, so looking each part up by id again cost more than the rest of a plan.
     *
     * @param translated an Indonesian story that a story in another language names as its translation
     * @param originals the Indonesian versions of a story in another language (its card goes under theirs)
     */
    private record Planned(StoryDetails story, byte[] digest, List<SiteImage> images, List<Alternate> alternates,
            boolean translated, List<StoryId> originals, String lastmod) {
    }

    public SitePlan(SiteInput input, MarkdownRenderer markdown, Templates templates, SiteImages siteImages,
            StoryDigests storyDigests, ListingFingerprints listingFingerprints) {
        this.input = input;
        this.markdown = markdown;
        this.templates = templates;
        this.listingFingerprints = listingFingerprints;
        this.base = input.basePath();
        List<StoryDetails> sorted = input.stories().stream()
            .sorted(Comparator.comparing(StoryDetails::publishedAt).reversed().thenComparing(StoryDetails::id))
            .toList();
        sorted.forEach(s -> byId.put(s.id(), s));
        images = siteImages.imagesOf(sorted); // read only
        java.util.Set<StoryId> translated = new java.util.HashSet<>();
        sorted.forEach(s -> translated.addAll(originals(s)));
        // reading every story is the bulk of planning an incremental build: spread it over the cores
        this.stories = sorted.parallelStream().map(s -> {
            List<SiteImage> shown = images.get(s.id());
            return new Planned(s, storyDigests.of(s, shown, input.byline(s.author())), shown, findAlternates(s),
                    translated.contains(s.id()), originals(s), lastmod(s));
        }).toList();
        storyDigests.planned();
        for (Kind kind : Kind.values()) {
            taxa.put(kind, new HashMap<>());
        }
        for (Planned p : stories) {
            classify(p);
        }
        // hashed while filling (nine lookups per story), sorted once for the pages that list them
        taxa.replaceAll((kind, byKey) -> new TreeMap<>(byKey));
    }

    private void classify(Planned p) {
        StoryDetails s = p.story();
        add(Kind.PROVINCE, s.province().code(), s.province().shortName(), p);
        add(Kind.REGION, s.region().code(), s.region().name(), p);
        s.themes().forEach(t -> add(Kind.THEME, t.code(), t.nameId(), p));
        for (CourseOffer offer : s.courses()) {
            add(Kind.COURSE, offer.course().slug(), offer.course().title(), p);
        }
        s.courses().stream().map(CourseOffer::provider).distinct()
            .forEach(provider -> add(Kind.PROVIDER, provider.slug(), provider.name(), p));
        if (s.person() != null && s.person().cohort() != null) {
            add(Kind.COHORT, String.valueOf(s.person().cohort()), "Gelombang " + s.person().cohort(), p);
        }
        String year = String.valueOf(SiteFormats.day(s.publishedAt()).getYear());
        add(Kind.YEAR, year, "Tahun " + year, p);
    }

    private void add(Kind kind, String key, String label, Planned p) {
        taxa.get(kind).computeIfAbsent(key, k -> new Taxon<Planned>(kind, k, label)).stories().add(p);
    }

    /** The files, in a stable order. */
    public List<OutputFile> files() {
        // planned in parallel (an export after one edit plans every page to find the few that changed), kept in order
        List<java.util.function.Supplier<List<OutputFile>>> parts = new ArrayList<>();
        // first, so that its one long count over every story starts while the other parts share the cores
        parts.add(() -> List.of(impactPage()));
        for (Planned p : stories) {
            parts.add(() -> List.of(storyPage(p)));
        }
        parts.add(() -> listing("/", input.title(), stories, true, Language.ID, null));
        List<Planned> english = stories.stream().filter(p -> p.story().language() == Language.EN).toList();
        if (!english.isEmpty()) {
            parts.add(() -> listing("/en/", "Stories in English", english, false, Language.EN, "/en/"));
        }
        for (Kind kind : Kind.values()) {
            parts.add(() -> List.of(termsPage(kind)));
            for (Taxon<Planned> taxon : taxa.get(kind).values()) {
                boolean hasFeed = kind == Kind.PROVINCE || kind == Kind.THEME;
                parts.add(() -> listing(taxon.url(), kind.label + " " + taxon.label(), taxon.stories(), false,
                        Language.ID, hasFeed ? taxon.url() : null));
                if (hasFeed) {
                    parts.add(() -> feeds(taxon.url(), input.title() + " — " + kind.label + " " + taxon.label(),
                            taxon.stories(), Language.ID));
                }
            }
        }
        // one feed per language; the root feed stays the Indonesian one for those who subscribed to it
        parts.add(() -> feeds("/", input.title(), stories, Language.ID));
        parts.add(() -> feeds("/id/", input.title(), stories, Language.ID));
        parts.add(() -> feeds("/en/", input.title() + " (English)", stories, Language.EN));
        parts.add(() -> List.of(notFound()));
        List<OutputFile> files = new ArrayList<>();
        parts.parallelStream().map(java.util.function.Supplier::get).toList().forEach(files::addAll);
        listingFingerprints.planned();
        STATIC_FILES.forEach(name -> files.add(staticFile("site/static/" + name, "assets/" + name)));
        files.add(staticFile(ECHARTS, "assets/echarts.min.js"));
        files.add(text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + input.baseUrl() + "/sitemap.xml\n"));
        files.addAll(sitemapFiles());
        files.addAll(mediaFiles());
        return files;
    }

    /** The derivative files the pages show, once each; their paths name their content, so they never change. */
    private List<OutputFile> mediaFiles() {
        Map<String, java.nio.file.Path> sources = new TreeMap<>();
        images.values().forEach(list -> list.forEach(i -> i.files().forEach(f -> sources.putIfAbsent(f.path(), f.source()))));
        List<OutputFile> files = new ArrayList<>(sources.size());
        sources.forEach((path, source) -> files.add(new OutputFile(path, Fingerprint.of("media", path).hex(), () -> {
            try {
                return java.nio.file.Files.readAllBytes(source);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
        return files;
    }

    /** The other language versions of a story that are on the site. */
    private List<Alternate> findAlternates(StoryDetails s) {
        List<Alternate> alternates = new ArrayList<>();
        for (StoryDetails.Translation t : s.translations()) {
            StoryDetails other = byId.get(t.id());
            if (other != null && !other.id().equals(s.id())) {
                alternates.add(new Alternate(other.language().code(), base + SitePaths.story(other),
                        input.baseUrl() + SitePaths.story(other), other.title(), Labels.of(other.language()).get("langName")));
            }
        }
        return alternates;
    }

    /** Cards for a listing: a translation whose original is in the same listing goes under the original's card. */
    private static List<Planned> grouped(List<Planned> list) {
        // plain loops: every export groups every listing (55,000 cards on the home), and a stream per card cost more
        // than the rest of the grouping
        boolean anyTranslation = false;
        for (Planned p : list) {
            anyTranslation |= !p.originals().isEmpty();
        }
        if (!anyTranslation) {
            return list; // nothing to put under another card
        }
        // only originals of a translation can hide a card: a set of those, not of the whole listing
        java.util.Set<StoryId> listed = new java.util.HashSet<>();
        for (Planned p : list) {
            if (p.translated()) {
                listed.add(p.story().id());
            }
        }
        List<Planned> shown = new ArrayList<>(list.size());
        for (Planned p : list) {
            if (!underAnotherCard(p, listed)) {
                shown.add(p);
            }
        }
        return shown;
    }

    private static boolean underAnotherCard(Planned p, java.util.Set<StoryId> listed) {
        for (StoryId original : p.originals()) {
            if (listed.contains(original)) {
                return true;
            }
        }
        return false;
    }

    private static List<StoryId> originals(StoryDetails s) {
        return s.language() == Language.ID ? List.of() : s.translations().stream()
            .filter(t -> t.language() == Language.ID).map(StoryDetails.Translation::id).toList();
    }

    private OutputFile storyPage(Planned p) {
        StoryDetails s = p.story();
        List<Alternate> alternates = p.alternates();
        String url = SitePaths.story(s);
        sitemap.add(new Sitemap.Entry(url, p.lastmod()));
        Fingerprint f = Fingerprint.of(templates.version(), "story", url, input.baseUrl(), input.title())
            .add(p.digest());
        alternates.forEach(a -> f.add(a.lang()).add(a.url()).add(a.title()));
        return new OutputFile(SitePaths.file(url), f.hex(), () -> templates.render("story", s.language(),
                StoryPages.model(StoryPages.view(s, input, base, markdown, p.images(), alternates), input, base)));
    }

    private List<OutputFile> listing(String dir, String heading, List<Planned> all, boolean home,
            Language language, String feedDir) {
        List<Planned> list = grouped(all);
        int pages = Math.max(1, (list.size() + PER_PAGE - 1) / PER_PAGE);
        String description = description(heading, all.size(), home, language);
        // pages planned in parallel too: the home listing alone has a page per 20 stories of the site
        return java.util.stream.IntStream.rangeClosed(1, pages).parallel().mapToObj(page -> {
            List<Planned> slice = list.subList((page - 1) * PER_PAGE, Math.min(list.size(), page * PER_PAGE));
            String url = SitePaths.page(dir, page);
            sitemap.add(new Sitemap.Entry(url, lastmod(slice)));
            List<Term> provinces = home && page == 1 ? terms(Kind.PROVINCE) : List.of();
            List<Term> themes = home && page == 1 ? terms(Kind.THEME) : List.of();
            byte[][] digests = new byte[slice.size()][];
            List<List<Alternate>> alternates = new ArrayList<>(slice.size());
            for (int i = 0; i < slice.size(); i++) {
                digests[i] = slice.get(i).digest();
                alternates.add(slice.get(i).alternates());
            }
            var inputs = new ListingFingerprints.Page(templates.version(), url, input.baseUrl(), input.title(), heading,
                    page, pages, home && page == 1, language.code(), description, provinces, themes);
            String fingerprint = listingFingerprints.of(inputs, digests, alternates);
            String feed = home ? base + "/feed.xml" : feedDir == null ? null : base + feedDir + "feed.xml";
            int number = page;
            // the model only when the page is rendered: most listing pages of an incremental export are not
            return new OutputFile(SitePaths.file(url), fingerprint, () -> {
                Pager pager = new Pager(slice.stream()
                    .map(p -> StoryPages.card(p.story(), base, p.images(), p.alternates())).toList(), number, pages,
                        number > 1 ? base + SitePaths.page(dir, number - 1) : null,
                        number < pages ? base + SitePaths.page(dir, number + 1) : null);
                Map<String, Object> model = new HashMap<>();
                model.put("siteTitle", input.title());
                model.put("baseUrl", input.baseUrl());
                model.put("base", base);
                model.put("canonical", input.baseUrl() + url);
                model.put("heading", heading);
                model.put("description", description);
                model.put("shareImage", shareImage(slice));
                model.put("pager", pager);
                model.put("home", home && number == 1);
                model.put("provinces", provinces);
                model.put("themes", themes);
                model.put("feed", feed);
                return templates.render("listing", language, model);
            });
        }).toList();
    }

    private String description(String heading, int count, boolean home, Language language) {
        if (language == Language.EN) {
            return count + " stories of training alumni across Indonesia" + (home ? "" : ": " + heading) + ".";
        }
        return home ? count + " kisah alumni program pelatihan dari berbagai daerah di Indonesia."
                : heading + ": " + count + " kisah alumni program pelatihan.";
    }

    /** The 16:9 crop of the newest story in the listing that has a picture, for link previews. */
    private Views.ShareImage shareImage(List<Planned> slice) {
        for (Planned p : slice) {
            List<SiteImage> list = p.images();
            if (!list.isEmpty()) {
                SiteImage lead = list.getFirst();
                var crop = lead.crop("16x9");
                if (crop.isPresent()) {
                    return new Views.ShareImage(input.baseUrl() + crop.get().src(), crop.get().width(),
                            crop.get().height(), lead.alt());
                }
            }
        }
        return null;
    }

    private List<Term> terms(Kind kind) {
        return taxa.get(kind).values().stream()
            .map(t -> new Term(base + t.url(), t.label(), t.stories().size())).toList();
    }

    private OutputFile termsPage(Kind kind) {
        List<Term> terms = terms(kind);
        Fingerprint f = Fingerprint.of(templates.version(), "terms", kind.name(), input.baseUrl(), input.title());
        terms.forEach(t -> f.add(t.toString()));
        sitemap.add(new Sitemap.Entry(kind.url(), null));
        Map<String, Object> model = Map.of("siteTitle", input.title(), "baseUrl", input.baseUrl(), "base",
                base, "canonical", input.baseUrl() + kind.url(), "heading", kind.label, "terms", terms,
                "description", kind.label + ": " + terms.size() + " — " + input.title());
        return new OutputFile(SitePaths.file(kind.url()), f.hex(), () -> templates.render("terms", Language.ID, model));
    }

    /** RSS and Atom of the newest stories in one language, with that language's words. */
    private List<OutputFile> feeds(String dir, String title, List<Planned> all, Language language) {
        List<Planned> newest = all.stream().filter(p -> p.story().language() == language).limit(FEED_SIZE).toList();
        List<StoryDetails> latest = newest.stream().map(Planned::story).toList();
        Fingerprint f = Fingerprint.of("feed-2", dir, input.baseUrl(), title, language.code());
        newest.forEach(p -> f.add(p.digest()));
        String fingerprint = f.hex();
        String page = dir.equals("/id/") ? "/" : dir;
        return List.of(
                new OutputFile(dir.substring(1) + "feed.xml", fingerprint,
                        () -> Feeds.rss(input, title, page, dir + "feed.xml", latest, language)),
                new OutputFile(dir.substring(1) + "atom.xml", fingerprint,
                        () -> Feeds.atom(input, title, page, dir + "atom.xml", latest, language)));
    }

    private OutputFile impactPage() {
        var overview = ImpactPage.overview(input, SiteFormats.ZONE);
        sitemap.add(new Sitemap.Entry(ImpactPage.URL, null));
        Fingerprint f = Fingerprint.of(templates.version(), "impact", input.baseUrl(), input.title(),
                ImpactPage.digest(overview));
        return new OutputFile(SitePaths.file(ImpactPage.URL), f.hex(),
                () -> templates.render("impact", Language.ID, ImpactPage.model(overview, input)));
    }

    private OutputFile notFound() {
        Map<String, Object> model = Map.of("siteTitle", input.title(), "baseUrl", input.baseUrl(), "base",
                base);
        return new OutputFile("404.html", Fingerprint.of(templates.version(), "404", input.title(), input.baseUrl()).hex(),
                () -> templates.render("404", Language.ID, model));
    }

    private List<OutputFile> sitemapFiles() {
        Sitemap.Entry[] entries = sitemap.toArray(Sitemap.Entry[]::new);
        // by URL, then day: the entries were added by parallel planning, in no fixed order
        java.util.Arrays.sort(entries, (a, b) -> {
            int byUrl = a.url().compareTo(b.url());
            return byUrl != 0 ? byUrl : java.util.Objects.compare(a.lastmod(), b.lastmod(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
        });
        return Sitemap.files(input.baseUrl(), entries, Sitemap.MAX_URLS);
    }

    private static OutputFile text(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new OutputFile(path, Fingerprint.of("text", path).add(bytes).hex(), () -> bytes);
    }

    private static OutputFile staticFile(String resource, String path) {
        try (InputStream in = SitePlan.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return new OutputFile(path, Fingerprint.of("static", path).add(bytes).hex(), () -> bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day a story last changed, as the sitemap gives it. */
    private static String lastmod(StoryDetails s) {
        return SiteFormats.day(s.updatedAt() == null ? s.publishedAt() : s.updatedAt()).toString();
    }

    /** The newest of the stories' days (ISO dates sort as text). */
    private static String lastmod(List<Planned> slice) {
        String newest = null;
        for (Planned p : slice) {
            if (newest == null || p.lastmod().compareTo(newest) > 0) {
                newest = p.lastmod();
            }
        }
        return newest;
    }
}
