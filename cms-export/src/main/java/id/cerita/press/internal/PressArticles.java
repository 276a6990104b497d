package id.cerita.press.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import id.cerita.press.PressPhoto;
import id.cerita.press.PressSettings;
import id.cerita.press.internal.PressArticle.Subject;
import id.cerita.site.MarkdownRenderer;
import id.cerita.site.SiteAddresses;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.Person;

/**
 * Turns a story, as {@code StoryReader.published(id, PRESS)} returns it, into the article every format is rendered
 * from, keeping only what the alumnus's press consent covers.
 */
public final class PressArticles {

    private final MarkdownRenderer markdown;
    private final ZoneId zone;
    private final String siteUrl;
    private final UnaryOperator<String> bylines;

    /** {@code bylines} gives an author's public name for their login name (never the login name itself). */
    public PressArticles(MarkdownRenderer markdown, ZoneId zone, String siteUrl, UnaryOperator<String> bylines) {
        this.markdown = markdown;
        this.bylines = bylines;
        this.zone = zone;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    public PressArticle article(StoryDetails story, Instant embargoedUntil, List<PressPhoto> photos,
            PressSettings settings, Instant now) {
        Person person = story.person();
        String name = person == null ? null : person.name();
        String business = person == null ? null : person.business();
        Instant released = embargoedUntil != null ? embargoedUntil : story.publishedAt() != null ? story.publishedAt() : now;
        Locale locale = story.language().locale();
        String dateline = story.region().shortName().toUpperCase(locale) + ", "
                + IndonesianDates.date(released.atZone(zone).toLocalDate(), story.language());
        return new PressArticle(story.id(), story.slug(), story.language(), story.title(), story.summary(),
                markdown.toPrint(story.body()),
                new ReleaseLine(embargoedUntil, zone, story.language()), dateline, story.region(), story.province(),
                story.quotes(), name, business, subjects(story), consented(story, photos), settings, bylines.apply(story.author()),
                story.publishedAt() != null ? story.publishedAt() : now, story.updatedAt(), story.revision(),
                SiteAddresses.storyUrl(siteUrl, story.language(), story.slug()));
    }

    /** Photos showing the alumnus only with their PHOTO consent; photos of no one in particular always. */
    static List<PressPhoto> consented(StoryDetails story, List<PressPhoto> photos) {
        return photos.stream().filter(photo -> story.mayShowPhoto(photo.showsPerson())).toList();
    }

    private static List<Subject> subjects(StoryDetails story) {
        Locale locale = story.language().locale();
        List<Subject> subjects = new ArrayList<>();
        story.themes().forEach(t -> subjects.add(new Subject("theme", t.name(locale), PressUris.theme(t.code()))));
        story.courses().forEach(o -> subjects.add(new Subject("course",
                o.course().title() + " (" + o.provider().name() + ")", PressUris.course(o.course().slug()))));
        return subjects;
    }
}
