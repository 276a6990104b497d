package id.cerita.press.internal;

import java.time.Instant;
import java.util.List;

import id.cerita.common.StoryId;
import id.cerita.press.PressPhoto;
import id.cerita.press.PressSettings;
import id.cerita.region.Region;
import id.cerita.site.PrintBlock;
import id.cerita.site.PrintBody;
import id.cerita.story.Language;
import id.cerita.story.Quote;

/**
 * One language version of a story as the press may receive it: already cut to what the alumnus consented to for the
 * press ({@code personName} and {@code business} are null without NAME / BUSINESS_DETAILS consent; {@code photos}
 * holds only photos the PHOTO consent covers). Every format of the kit is rendered from this and nothing else.
 */
public record PressArticle(StoryId storyId, String slug, Language language, String headline, String summary,
        PrintBody body, ReleaseLine release, String dateline, Region region,
        Region province, List<Quote> quotes, String personName, String business, List<Subject> subjects,
        List<PressPhoto> photos, PressSettings settings, String author, Instant firstCreated, Instant versionCreated,
        int revision, String uri) {

    /** A theme or course the story is about, with the URI that identifies it. */
    public record Subject(String kind, String name, String uri) {
    }

    public String boilerplate() {
        return settings.boilerplate(language);
    }

    public String usageTerms() {
        return settings.usageTerms(language);
    }

    public String copyrightNotice() {
        return "© " + settings.copyrightHolder();
    }

    /** The Kemendagri code of the regency or city, as a URI. */
    public String placeUri() {
        return PressUris.region(region.code());
    }

    /** The body as sanitised XHTML (tables, lists and quotes included), from the site's Markdown pipeline. */
    public String bodyHtml() {
        return body.xhtml();
    }

    /** The body with the dateline leading its first paragraph, as newsrooms write it. */
    public String bodyHtmlWithDateline() {
        String html = bodyHtml();
        String lead = "<span class=\"dateline\">" + dateline.replace("&", "&amp;").replace("<", "&lt;") + " –</span> ";
        return html.startsWith("<p>") ? "<p>" + lead + html.substring(3) : "<p>" + lead + "</p>" + html;
    }

    /** The body's blocks: headings, paragraphs, lists, quotes and tables. */
    public List<PrintBlock> bodyBlocks() {
        return body.blocks();
    }

    /** Whether the body opens with a paragraph the dateline can lead; otherwise the dateline stands alone first. */
    public boolean datelineLeadsFirstParagraph() {
        return !body.blocks().isEmpty() && body.blocks().getFirst() instanceof PrintBlock.Paragraph;
    }

    /** The body as plain text, tables aligned in columns. */
    public String bodyText() {
        return body.plainText();
    }

    public Labels labels() {
        return Labels.of(language);
    }
}
