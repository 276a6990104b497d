package id.cerita.media;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.story.Stories;

/**
 * Which images a story uses (lead image, gallery), and the check the publishing workflow asks before a story goes
 * out: every image needs alt text, and every alumnus shown needs a consent for photos in force.
 */
@Service
@Transactional
public class StoryImageLinks {

    private final StoryImagesRepository links;
    private final MediaLibrary library;
    private final Stories stories;
    private final Alumni alumni;
    private final Clock clock;

    StoryImageLinks(StoryImagesRepository links, MediaLibrary library, Stories stories, Alumni alumni, Clock clock) {
        this.links = links;
        this.library = library;
        this.stories = stories;
        this.alumni = alumni;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StoryImages of(StoryId storyId) {
        return links.findById(storyId.value()).orElseGet(() -> StoryImages.none(storyId));
    }

    /**
     * The images of many stories, by story id (every id present): one query for the stories without images, where
     * {@link #of} costs one each (an export asks for every story).
     */
    @Transactional(readOnly = true)
    public Map<StoryId, StoryImages> ofAll(Collection<StoryId> storyIds) {
        Map<StoryId, StoryImages> found = new HashMap<>();
        List<UUID> ids = storyIds.stream().map(StoryId::value).toList();
        // a thousand ids per query stays far inside every driver's limit on bind parameters
        for (int from = 0; from < ids.size(); from += 1000) {
            links.findAllById(ids.subList(from, Math.min(ids.size(), from + 1000)))
                .forEach(images -> found.put(images.storyId(), images));
        }
        storyIds.forEach(id -> found.computeIfAbsent(id, StoryImages::none));
        return found;
    }

    public StoryImages chooseLead(StoryId storyId, MediaId mediaId, String by) {
        StoryImages images = load(storyId, mediaId);
        images.chooseLead(mediaId, by);
        return links.save(images);
    }

    public StoryImages addToGallery(StoryId storyId, MediaId mediaId, String by) {
        StoryImages images = load(storyId, mediaId);
        images.addToGallery(mediaId, by);
        return links.save(images);
    }

    public StoryImages remove(StoryId storyId, MediaId mediaId, String by) {
        // an unknown story is a 404, not a failed insert of its empty image list
        stories.require(storyId);
        StoryImages images = of(storyId);
        images.remove(mediaId, by);
        return links.save(images);
    }

    /** Empty when the story's images allow publishing; otherwise one problem per image and rule. */
    @Transactional(readOnly = true)
    public List<PublicationProblem> problemsBeforePublishing(StoryId storyId) {
        List<PublicationProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (MediaId mediaId : of(storyId).allMediaIds()) {
            MediaAsset asset = library.require(mediaId);
            String name = asset.originalFilename() == null ? mediaId.toString() : asset.originalFilename();
            if (!asset.hasAltText()) {
                problems.add(new PublicationProblem(mediaId, "media.alt-text-missing",
                        "Gambar \"%s\" belum punya teks alternatif (alt text).".formatted(name)));
            }
            for (AlumnusId person : asset.peopleShown()) {
                Alumnus alumnus = alumni.require(person);
                if (!alumnus.consentCovers(java.util.Set.of(ConsentScope.PHOTO), today)) {
                    problems.add(new PublicationProblem(mediaId, "media.photo-consent-missing",
                            "%s tampil di gambar \"%s\" tanpa persetujuan foto yang berlaku."
                                    .formatted(alumnus.fullName(), name)));
                }
            }
        }
        return problems;
    }

    private StoryImages load(StoryId storyId, MediaId mediaId) {
        stories.require(storyId);
        library.require(mediaId);
        return of(storyId);
    }
}
