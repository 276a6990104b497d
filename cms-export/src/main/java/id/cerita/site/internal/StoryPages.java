package id.cerita.site.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteFormats;
import id.cerita.site.SiteImage;
import id.cerita.site.SiteInput;
import id.cerita.site.internal.Views.Alternate;
import id.cerita.site.internal.Views.Card;
import id.cerita.site.internal.Views.CardImage;
import id.cerita.site.internal.Views.Link;
import id.cerita.site.internal.Views.QuoteView;
import id.cerita.site.internal.Views.ShareImage;
import id.cerita.site.internal.Views.SourceView;
import id.cerita.site.internal.Views.StoryPage;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;

/** A story as its page shows it, and the digest of everything that page (or a card of it) renders. */
final class StoryPages {

    /** The crops search engines and link previews are given, squarest first. */
    static final List<String> SHARE_CROPS = List.of("1x1", "4x3", "16x9");

    private StoryPages() {
    }

    static Card card(StoryDetails s, String base, List<SiteImage> images, List<Alternate> translations) {
        CardImage image = images.isEmpty() ? null : images.getFirst().crop("card")
            .map(c -> new CardImage(base + c.src(), c.width(), c.height())).orElse(null);
        return new Card(base + SitePaths.story(s), s.title(), s.summary(), s.language().code(),
                SiteFormats.date(s.publishedAt(), s.language()), SiteFormats.iso(s.publishedAt()), place(s), image,
                translations);
    }

    static String place(StoryDetails s) {
        return s.region().name() + ", " + s.province().shortName();
    }

    /** @param base {@link SiteInput#basePath()}, parsed once by the plan, not once per page */
    static StoryPage view(StoryDetails s, SiteInput input, String base, MarkdownRenderer markdown,
            List<SiteImage> rootImages, List<Alternate> alternates) {
        Language lang = s.language();
        String url = SitePaths.story(s);
        String canonical = input.baseUrl() + url;
        List<SiteImage> images = rootImages.stream().map(i -> i.under(base)).toList();
        List<Link> themes = s.themes().stream()
            .map(t -> new Link(base + Taxon.Kind.THEME.url() + t.code() + "/", t.name(lang.locale()))).toList();
        List<Link> courses = s.courses().stream().map(CourseOffer::course)
            .map(c -> new Link(base + Taxon.Kind.COURSE.url() + c.slug() + "/", c.title())).distinct().toList();
        Map<String, Link> providers = new LinkedHashMap<>();
        s.courses().stream().map(CourseOffer::provider).forEach(p -> providers.putIfAbsent(p.slug(),
                new Link(base + Taxon.Kind.PROVIDER.url() + p.slug() + "/", p.name())));
        Integer cohortNumber = s.person() == null ? null : s.person().cohort();
        Link cohort = cohortNumber == null ? null
                : new Link(base + Taxon.Kind.COHORT.url() + cohortNumber + "/",
                        (lang == Language.EN ? "Cohort " : "Gelombang ") + cohortNumber);
        List<QuoteView> quotes = s.quotes().stream().map(StoryPages::quote).toList();
        ShareImage share = rootImages.isEmpty() ? null : rootImages.getFirst().crop("16x9")
            .map(c -> new ShareImage(input.baseUrl() + c.src(), c.width(), c.height(), rootImages.getFirst().alt()))
            .orElse(null);
        var modified = s.updatedAt() == null ? s.publishedAt() : s.updatedAt();
        boolean revised = !SiteFormats.day(modified).equals(SiteFormats.day(s.publishedAt()));
        return new StoryPage(lang.code(), base + url, canonical, s.title(), s.summary(),
                PullQuotes.place(markdown.toHtml(s.body()), quotes), SiteFormats.date(s.publishedAt(), lang),
                SiteFormats.iso(s.publishedAt()), SiteFormats.iso(modified),
                revised ? SiteFormats.date(modified, lang) : null, input.byline(s.author()),
                new Link(base + Taxon.Kind.REGION.url() + s.region().code() + "/", s.region().name()),
                new Link(base + Taxon.Kind.PROVINCE.url() + s.province().code() + "/", s.province().shortName()), themes,
                courses, List.copyOf(providers.values()), cohort, s.person() == null ? null : s.person().name(),
                s.person() == null ? null : s.person().occupation(), s.person() == null ? null : s.person().business(),
                s.gathering() == null ? null : gathering(s, lang), quotes,
                s.outcomes().stream().map(o -> outcome(o, lang)).toList(),
                s.sources().stream().map(r -> source(r, lang)).toList(), alternates,
                images.isEmpty() ? null : images.getFirst(), images.size() > 1 ? images.subList(1, images.size()) : List.of(),
                jsonLd(s, canonical, input, rootImages), share);
    }

    private static String gathering(StoryDetails s, Language lang) {
        var g = s.gathering();
        return g.name() + (g.place() == null ? "" : ", " + g.place())
                + (g.heldOn() == null ? "" : " (" + SiteFormats.date(g.heldOn(), lang) + ")");
    }

    private static QuoteView quote(Quote q) {
        return new QuoteView(q.text(), q.speaker(), q.speakerRole());
    }

    private static SourceView source(SourceReference r, Language lang) {
        return new SourceView(r.outlet(), r.title(), r.url(),
                r.publishedOn() == null ? null : SiteFormats.date(r.publishedOn(), lang));
    }

    /**
     * The outcome as written, with its amount only when the writer has not already put a figure in the words
     * ("Rp10 juta per bulan" stays as it is), then the figure before the training and what the alumnus did before.
     */
    static String outcome(Outcome o, Language lang) {
        boolean en = lang == Language.EN;
        String text = o.amount() == null || o.description().chars().anyMatch(Character::isDigit) ? o.description()
                : withAmount(o, lang);
        if (o.baseline() != null) {
            String before = o.kind() == OutcomeKind.MONTHLY_REVENUE ? SiteFormats.rupiah(o.baseline(), lang)
                    : SiteFormats.number(o.baseline(), lang);
            text += " (" + before + (en ? " before the training)" : " sebelum pelatihan)");
        }
        return o.formerly() == null ? text : text + (en ? "; formerly: " : "; sebelumnya: ") + o.formerly();
    }

    private static String withAmount(Outcome o, Language lang) {
        return switch (o.kind()) {
            case MONTHLY_REVENUE -> o.description() + ": " + SiteFormats.rupiah(o.amount(), lang)
                    + (lang == Language.EN ? " a month" : " per bulan");
            case EMPLOYEES_HIRED -> o.description() + ": " + SiteFormats.number(o.amount(), lang)
                    + (lang == Language.EN ? " people" : " orang");
            case BUSINESS_OPENED, JOB_OBTAINED, CAREER_CHANGE, OTHER ->
                o.description() + ": " + SiteFormats.number(o.amount(), lang);
        };
    }

    private static String jsonLd(StoryDetails s, String canonical, SiteInput input, List<SiteImage> images) {
        List<String> imageObjects = new ArrayList<>();
        if (!images.isEmpty()) {
            SiteImage lead = images.getFirst();
            for (String name : SHARE_CROPS) {
                lead.crop(name).ifPresent(c -> imageObjects.add("{\"@type\":\"ImageObject\",\"url\":"
                        + Json.string(input.baseUrl() + c.src()) + ",\"width\":" + c.width() + ",\"height\":"
                        + c.height() + "}"));
            }
        }
        String region = "{\"@type\":\"AdministrativeArea\",\"name\":" + Json.string(s.province().name())
                + ",\"identifier\":" + kemendagri(s.province().code()) + "}";
        return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\""
                + ",\"headline\":" + Json.string(s.title())
                + ",\"description\":" + Json.string(s.summary())
                + ",\"inLanguage\":" + Json.string(s.language().code())
                + ",\"url\":" + Json.string(canonical)
                + ",\"mainEntityOfPage\":" + Json.string(canonical)
                + ",\"datePublished\":" + Json.string(SiteFormats.iso(s.publishedAt()))
                + ",\"dateModified\":" + Json.string(SiteFormats.iso(s.updatedAt() == null ? s.publishedAt() : s.updatedAt()))
                + (imageObjects.isEmpty() ? "" : ",\"image\":[" + String.join(",", imageObjects) + "]")
                + ",\"author\":{\"@type\":\"Person\",\"name\":" + Json.string(input.byline(s.author())) + "}"
                + ",\"publisher\":{\"@type\":\"Organization\",\"name\":" + Json.string(input.title())
                + ",\"url\":" + Json.string(input.baseUrl() + "/") + "}"
                + ",\"contentLocation\":{\"@type\":\"Place\",\"name\":" + Json.string(s.region().name())
                + ",\"identifier\":" + kemendagri(s.region().code()) + ",\"containedInPlace\":" + region + "}"
                + "}";
    }

    private static String kemendagri(String code) {
        return "{\"@type\":\"PropertyValue\",\"propertyID\":\"Kode Wilayah Kemendagri\",\"value\":"
                + Json.string(code) + "}";
    }

    static Map<String, Object> model(StoryPage page, SiteInput input, String base) {
        return Map.of("s", page, "siteTitle", input.title(), "baseUrl", input.baseUrl(), "base", base,
                "feed", base + "/" + page.lang() + "/feed.xml");
    }
}
