package id.cerita.media;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.story.StoryLimits;

/**
 * The images of one story: a lead image and an ordered gallery. Its own aggregate, keyed by the story's id, so
 * swapping a photo neither rewrites the story nor makes a text revision.
 */
@Table("story_images")
public class StoryImages extends AbstractAggregateRoot<StoryImages> {

    @Id
    private final UUID storyId;
    private UUID leadMediaId;
    @MappedCollection(idColumn = "story_id", keyColumn = "position")
    private List<GalleryImage> gallery;
    @Version
    private Long version;

    @PersistenceCreator
    StoryImages(UUID storyId, UUID leadMediaId, List<GalleryImage> gallery, Long version) {
        this.storyId = storyId;
        this.leadMediaId = leadMediaId;
        this.gallery = new ArrayList<>(gallery);
        this.version = version;
    }

    static StoryImages none(StoryId storyId) {
        return new StoryImages(storyId.value(), null, List.of(), null);
    }

    void chooseLead(MediaId mediaId, String by) {
        if (mediaId.value().equals(leadMediaId)) {
            return;
        }
        leadMediaId = mediaId.value();
        registerEvent(new StoryImagesChanged(storyId(), by));
    }

    void addToGallery(MediaId mediaId, String by) {
        if (galleryIds().contains(mediaId)) {
            return;
        }
        if (gallery.size() >= StoryLimits.GALLERY) {
            throw new InvalidFieldException("gallery", "gallery.full",
                    "Galeri sudah berisi %d gambar, batasnya; keluarkan satu dulu.".formatted(StoryLimits.GALLERY),
                    StoryLimits.GALLERY);
        }
        gallery.add(new GalleryImage(mediaId.value()));
        registerEvent(new StoryImagesChanged(storyId(), by));
    }

    /** Takes the image off the story, wherever it is used there. */
    void remove(MediaId mediaId, String by) {
        boolean changed = gallery.removeIf(g -> g.mediaAssetId().equals(mediaId.value()));
        if (mediaId.value().equals(leadMediaId)) {
            leadMediaId = null;
            changed = true;
        }
        if (changed) {
            registerEvent(new StoryImagesChanged(storyId(), by));
        }
    }

    /** The lead image first, then the gallery, each once. */
    public List<MediaId> allMediaIds() {
        LinkedHashSet<MediaId> all = new LinkedHashSet<>();
        leadMediaId().ifPresent(all::add);
        all.addAll(galleryIds());
        return List.copyOf(all);
    }

    public StoryId storyId() { return new StoryId(storyId); }
    public Optional<MediaId> leadMediaId() { return Optional.ofNullable(leadMediaId).map(MediaId::new); }
    public List<MediaId> galleryIds() { return gallery.stream().map(g -> new MediaId(g.mediaAssetId())).toList(); }
    public Long version() { return version; }
}
