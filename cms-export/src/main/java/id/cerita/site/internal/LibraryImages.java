package id.cerita.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.media.Derivative;
import id.cerita.media.DerivativeSet;
import id.cerita.media.ImageFormat;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.StoryImages;
import id.cerita.site.SiteImage;
import id.cerita.site.SiteImages;
import id.cerita.story.StoryDetails;

/**
 * The pictures of a story from the media library: lead image first, then the gallery, each with its derivatives for
 * the current focal point. Left out: an image without alt text, and one showing the story's alumnus without their
 * PHOTO consent. Derivative files go to {@code /media/<hash>/<settings-and-focal-point>/}, so a path never changes
 * its content and a moved focal point gives new paths.
 */
public final class LibraryImages implements SiteImages {

    /** The width of the default {@code src}: the widest derivative not over this. */
    private static final int DEFAULT_WIDTH = 960;

    private final StoryImageLinks links;
    private final MediaLibrary library;
    private final MediaIntake intake;

    public LibraryImages(StoryImageLinks links, MediaLibrary library, MediaIntake intake) {
        this.links = links;
        this.library = library;
        this.intake = intake;
    }

    @Override
    public List<SiteImage> imagesOf(StoryDetails story) {
        return imagesOf(story, links.of(story.id()));
    }

    /** One read of the links for every story: an export of 10,000 stories otherwise asks 10,000 times. */
    @Override
    public Map<StoryId, List<SiteImage>> imagesOf(List<StoryDetails> stories) {
        Map<StoryId, StoryImages> all = links.ofAll(stories.stream().map(StoryDetails::id).toList());
        Map<StoryId, List<SiteImage>> images = new HashMap<>();
        stories.forEach(story -> images.put(story.id(), imagesOf(story, all.get(story.id()))));
        return images;
    }

    private List<SiteImage> imagesOf(StoryDetails story, StoryImages links) {
        List<SiteImage> images = new ArrayList<>();
        for (MediaId mediaId : links.allMediaIds()) {
            MediaAsset asset = library.find(mediaId).orElse(null);
            if (asset == null || !asset.hasAltText() || !story.mayShowPhoto(story.features(asset.peopleShown()))) {
                continue;
            }
            images.add(image(asset, intake.derivativesOf(asset)));
        }
        return images;
    }

    private static SiteImage image(MediaAsset asset, DerivativeSet set) {
        List<SiteImage.SourceFile> files = new ArrayList<>();
        List<SiteImage.Variant> jpeg = variants(set.widths(ImageFormat.JPEG), asset, files);
        List<SiteImage.Variant> webp = variants(set.widths(ImageFormat.WEBP), asset, files);
        List<SiteImage.Crop> crops = new ArrayList<>();
        for (Derivative d : set.derivatives()) {
            if (d.isCrop() && d.format() == ImageFormat.JPEG) {
                crops.add(new SiteImage.Crop(d.name(), add(d, asset, files), d.width(), d.height()));
            }
        }
        Derivative main = set.widths(ImageFormat.JPEG).stream().filter(d -> d.width() <= DEFAULT_WIDTH)
            .max(Comparator.comparingInt(Derivative::width))
            .orElseGet(() -> set.widths(ImageFormat.JPEG).getLast());
        return new SiteImage(path(main, asset), main.width(), main.height(), asset.altText(), asset.caption(),
                asset.credit(), jpeg, webp, crops, files);
    }

    private static List<SiteImage.Variant> variants(List<Derivative> widths, MediaAsset asset,
            List<SiteImage.SourceFile> files) {
        return widths.stream().sorted(Comparator.comparingInt(Derivative::width))
            .map(d -> new SiteImage.Variant(add(d, asset, files), d.width())).toList();
    }

    private static String add(Derivative d, MediaAsset asset, List<SiteImage.SourceFile> files) {
        String path = path(d, asset);
        files.add(new SiteImage.SourceFile(path.substring(1), d.file()));
        return path;
    }

    private static String path(Derivative d, MediaAsset asset) {
        return "/media/" + asset.hash().hex().substring(0, 16) + "/" + d.file().getParent().getFileName() + "/"
                + d.file().getFileName();
    }
}
