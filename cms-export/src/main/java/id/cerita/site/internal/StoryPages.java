package id.cerita.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteFormats;
import id.cerita.site.SiteImage;
import id.cerita.site.internal.Views.Alternate;
import id.cerita.site.internal.Views.Card;
import id.cerita.site.internal.Views.Link;
import id.cerita.site.internal.Views.QuoteView;
import id.cerita.site.internal.Views.SourceView;
import id.cerita.site.internal.Views.StoryPage;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.CourseOffer;

/** A story as its page shows it, and the digest of everything that page (or a card of it) renders. */
final class StoryPages {

    private StoryPages() {
    }

    /** Every field a page or card shows, so that any change gives a different digest. */
    static String digest(StoryDetails s, List<SiteImage> images) {
        Fingerprint f = Fingerprint.of("story", s.id().toString(), s.slug(), s.language().code(), s.title(),
                s.summary(), s.body(), String.valueOf(s.publishedAt()), String.valueOf(s.updatedAt()), s.author(),
                s.region().code(), s.region().name(), s.province().code(), s.province().name());
        s.themes().forEach(t -> f.add(t.code()).add(t.nameId()).add(t.nameEn()));
        s.courses().forEach(c -> f.add(c.course().slug()).add(c.course().title()).add(c.provider().slug())
            .add(c.provider().name()));
        if (s.person() != null) {
            f.add(s.person().name()).add(s.person().cohort()).add(s.person().business()).add(s.person().occupation());
        }
        if (s.gathering() != null) {
            f.add(s.gathering().name()).add(s.gathering().place()).add(s.gathering().heldOn());
        }
        s.quotes().forEach(q -> f.add(q.text()).add(q.speaker()).add(q.speakerRole()));
        s.outcomes().forEach(o -> f.add(o.kind()).add(o.description()).add(o.amount()).add(o.source()));
        s.sources().forEach(r -> f.add(r.outlet()).add(r.title()).add(r.url()).add(r.publishedOn()));
        images.forEach(i -> f.add(i.toString()));
        return f.hex();
    }

    static Card card(StoryDetails s) {
        return new Card(SitePaths.story(s), s.title(), s.summary(), s.language().code(),
                SiteFormats.date(s.publishedAt(), s.language()), SiteFormats.iso(s.publishedAt()), place(s));
    }

    static String place(StoryDetails s) {
        return s.region().name() + ", " + s.province().shortName();
    }

    static StoryPage view(StoryDetails s, String baseUrl, String siteTitle, MarkdownRenderer markdown,
            List<SiteImage> images, List<Alternate> alternates) {
        Language lang = s.language();
        String url = SitePaths.story(s);
        String canonical = baseUrl + url;
        List<Link> themes = s.themes().stream()
            .map(t -> new Link(Taxon.Kind.THEME.url() + t.code() + "/", t.name(lang.locale()))).toList();
        List<Link> courses = s.courses().stream().map(CourseOffer::course)
            .map(c -> new Link(Taxon.Kind.COURSE.url() + c.slug() + "/", c.title())).toList();
        List<Link> providers = s.courses().stream().map(CourseOffer::provider).distinct()
            .map(p -> new Link(Taxon.Kind.PROVIDER.url() + p.slug() + "/", p.name())).toList();
        Integer cohortNumber = s.person() == null ? null : s.person().cohort();
        Link cohort = cohortNumber == null ? null
                : new Link(Taxon.Kind.COHORT.url() + cohortNumber + "/", (lang == Language.EN ? "Cohort " : "Gelombang ") + cohortNumber);
        String ogImage = images.isEmpty() ? null : baseUrl + images.getFirst().src();
        return new StoryPage(lang.code(), url, canonical, s.title(), s.summary(), markdown.toHtml(s.body()),
                SiteFormats.date(s.publishedAt(), lang), SiteFormats.iso(s.publishedAt()),
                new Link(Taxon.Kind.REGION.url() + s.region().code() + "/", s.region().name()),
                new Link(Taxon.Kind.PROVINCE.url() + s.province().code() + "/", s.province().shortName()), themes,
                courses, providers, cohort, s.person() == null ? null : s.person().name(),
                s.person() == null ? null : s.person().occupation(), s.person() == null ? null : s.person().business(),
                s.gathering() == null ? null : gathering(s, lang), s.quotes().stream().map(StoryPages::quote).toList(),
                s.outcomes().stream().map(o -> outcome(o, lang)).toList(),
                s.sources().stream().map(r -> source(r, lang)).toList(), alternates, images,
                jsonLd(s, canonical, siteTitle, images, baseUrl), ogImage);
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

    static String outcome(Outcome o, Language lang) {
        if (o.amount() == null) {
            return o.description();
        }
        return switch (o.kind()) {
            case MONTHLY_REVENUE -> o.description() + ": " + SiteFormats.rupiah(o.amount(), lang)
                    + (lang == Language.EN ? " a month" : " per bulan");
            case EMPLOYEES_HIRED -> o.description() + ": " + SiteFormats.number(o.amount(), lang)
                    + (lang == Language.EN ? " people" : " orang");
            case BUSINESS_OPENED, JOB_OBTAINED, CAREER_CHANGE, OTHER ->
                o.description() + ": " + SiteFormats.number(o.amount(), lang);
        };
    }

    private static String jsonLd(StoryDetails s, String canonical, String siteTitle, List<SiteImage> images,
            String baseUrl) {
        List<String> imageUrls = new ArrayList<>();
        images.forEach(i -> imageUrls.add(Json.string(baseUrl + i.src())));
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
                + (imageUrls.isEmpty() ? "" : ",\"image\":[" + String.join(",", imageUrls) + "]")
                + ",\"author\":{\"@type\":\"Person\",\"name\":" + Json.string(s.author()) + "}"
                + ",\"publisher\":{\"@type\":\"Organization\",\"name\":" + Json.string(siteTitle)
                + ",\"url\":" + Json.string(baseUrl + "/") + "}"
                + ",\"contentLocation\":{\"@type\":\"Place\",\"name\":" + Json.string(s.region().name())
                + ",\"identifier\":" + kemendagri(s.region().code()) + ",\"containedInPlace\":" + region + "}"
                + "}";
    }

    private static String kemendagri(String code) {
        return "{\"@type\":\"PropertyValue\",\"propertyID\":\"Kode Wilayah Kemendagri\",\"value\":"
                + Json.string(code) + "}";
    }

    static Map<String, Object> model(StoryPage page, String siteTitle, String baseUrl) {
        return Map.of("s", page, "siteTitle", siteTitle, "baseUrl", baseUrl);
    }
}
