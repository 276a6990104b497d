package id.cerita.press.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.StoryImages;
import id.cerita.search.SearchScope;
import id.cerita.search.StoryResults;
import id.cerita.search.StorySuggestions;
import id.cerita.site.MarkdownRenderer;
import id.cerita.story.Audience;
import id.cerita.story.Outcome;
import id.cerita.story.Quote;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryReader;

/**
 * What the press page of a story shows beside the kit's release: the story rendered as the site renders it (tables
 * as tables), the photos the press may see (the PHOTO consent rule of {@link StoryDetails#mayShowPhoto}), quotes,
 * outcomes and related stories.
 */
@Component
class PressStoryPage {

    private static final Logger log = LoggerFactory.getLogger(PressStoryPage.class);
    private static final SearchScope PRESS = new SearchScope.Outside(Audience.PRESS);
    static final int RELATED = 4;

    private final StoryReader reader;
    private final StoryImageLinks images;
    private final MediaLibrary library;
    private final MarkdownRenderer markdown;
    private final StorySuggestions suggestions;

    PressStoryPage(StoryReader reader, StoryImageLinks images, MediaLibrary library, MarkdownRenderer markdown,
            StorySuggestions suggestions) {
        this.reader = reader;
        this.images = images;
        this.library = library;
        this.markdown = markdown;
        this.suggestions = suggestions;
    }

    /** The story's press view: published text, as the press may see it (the kit's preview already let them in). */
    record View(String bodyHtml, String status, List<Photo> photos, List<Quote> quotes, List<Outcome> outcomes,
            List<StoryResults.Hit> related) {
    }

    /** A photo with what a newsroom must print beside it. */
    record Photo(MediaId id, Long version, String alt, String caption, String credit) {
    }

    View of(StoryId storyId) {
        StoryDetails story = reader.publishedIncludingEmbargoed(storyId, Audience.PRESS).orElse(null);
        if (story == null) {
            return new View("", "", List.of(), List.of(), List.of(), List.of());
        }
        return new View(markdown.toHtml(story.body()), story.live() ? "PUBLISHED" : story.status().name(),
                photos(story), story.quotes(), story.outcomes(), related(storyId));
    }

    /**
     * The lead photo of each hit that the press may see, by story id, for the press room's list: a journalist looking
     * for a story to run wants to see which have a picture. The stories and their image links in one read each, then
     * one read per lead photo (ten at most on a page).
     */
    Map<String, Photo> leadPhotos(List<StoryResults.Hit> hits) {
        List<StoryId> ids = hits.stream().map(hit -> StoryId.of(hit.storyId())).toList();
        Map<StoryId, StoryImages> linked = images.ofAll(ids);
        Map<String, Photo> leads = new HashMap<>();
        for (StoryDetails story : reader.publishedAll(ids, Audience.PRESS)) {
            linked.get(story.id()).leadMediaId().flatMap(id -> pressPhoto(story, id))
                .ifPresent(photo -> leads.put(story.id().toString(), photo));
        }
        return leads;
    }

    private List<Photo> photos(StoryDetails story) {
        List<Photo> photos = new ArrayList<>();
        for (MediaId id : images.of(story.id()).allMediaIds()) {
            pressPhoto(story, id).ifPresent(photos::add);
        }
        return photos;
    }

    /** The photo, if the press may see it beside this story: its people's PHOTO consent decides. */
    private Optional<Photo> pressPhoto(StoryDetails story, MediaId mediaId) {
        return library.find(mediaId).filter(asset -> story.mayShowPhoto(story.features(asset.peopleShown())))
            .map(PressStoryPage::photo);
    }

    private static Photo photo(MediaAsset asset) {
        String caption = asset.caption() == null || asset.caption().isBlank() ? null : asset.caption();
        return new Photo(asset.id(), asset.version(), asset.altText() == null ? "" : asset.altText(), caption,
                asset.credit());
    }

    private List<StoryResults.Hit> related(StoryId storyId) {
        try {
            return suggestions.related(storyId.toString(), PRESS, RELATED);
        } catch (IOException e) {
            log.warn("Related stories unavailable for {}: {}", storyId, e.toString());
            return List.of();
        }
    }
}
