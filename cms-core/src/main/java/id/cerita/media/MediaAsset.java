package id.cerita.media;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.AlumnusId;
import id.cerita.common.MediaId;

/**
 * An image in the library: its original (by content hash), what editors say about it, the people it shows and the
 * focal point its crops keep in frame. The original's own metadata (camera, GPS) is kept for administrators only.
 */
@Table("media_asset")
public class MediaAsset extends AbstractAggregateRoot<MediaAsset> {

    @Id
    private final UUID id;
    private final String contentHash;
    private final ImageFormat format;
    private final long sizeBytes;
    private final int width;
    private final int height;
    private final String originalFilename;
    private String altText;
    private String caption;
    private String credit;
    private String copyrightHolder;
    private double focalX;
    private double focalY;
    private final String originalMetadata;
    private final String uploadedBy;
    private final Instant uploadedAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "media_asset_id")
    private Set<PersonShown> people;
    @Version
    private Long version;

    @PersistenceCreator
    MediaAsset(UUID id, String contentHash, ImageFormat format, long sizeBytes, int width, int height,
            String originalFilename, String altText, String caption, String credit, String copyrightHolder,
            double focalX, double focalY, String originalMetadata, String uploadedBy, Instant uploadedAt,
            Instant updatedAt, Set<PersonShown> people, Long version) {
        this.id = id;
        this.contentHash = contentHash;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.originalFilename = originalFilename;
        this.altText = altText;
        this.caption = caption;
        this.credit = credit;
        this.copyrightHolder = copyrightHolder;
        this.focalX = focalX;
        this.focalY = focalY;
        this.originalMetadata = originalMetadata;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.updatedAt = updatedAt;
        this.people = new HashSet<>(people);
        this.version = version;
    }

    static MediaAsset uploaded(StoredOriginal original, int width, int height, String filename, String originalMetadata,
            String by, Instant now) {
        MediaAsset asset = new MediaAsset(UUID.randomUUID(), original.hash().hex(), original.format(),
                original.sizeBytes(), width, height, filename, null, null, null, null, FocalPoint.CENTRE.x(),
                FocalPoint.CENTRE.y(), originalMetadata, by, now, now, Set.of(), null);
        asset.registerEvent(new MediaUploaded(asset.id(), original.hash(), by));
        return asset;
    }

    void describe(MediaDescription description, String by, Instant now) {
        this.altText = description.altText();
        this.caption = description.caption();
        this.credit = description.credit();
        this.copyrightHolder = description.copyrightHolder();
        this.people = description.peopleShown().stream().map(person -> new PersonShown(person.value())).collect(Collectors.toCollection(HashSet::new));
        this.updatedAt = now;
        registerEvent(new MediaDescribed(id(), by));
    }

    void moveFocalPoint(FocalPoint point, String by, Instant now) {
        if (point.equals(focalPoint())) {
            return;
        }
        this.focalX = point.x();
        this.focalY = point.y();
        this.updatedAt = now;
        registerEvent(new FocalPointMoved(id(), hash(), point, by));
    }

    MediaAsset markDeleted(String by) {
        registerEvent(new MediaDeleted(id(), hash(), by));
        return this;
    }

    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }

    public MediaDescription description() {
        return new MediaDescription(altText, caption, credit, copyrightHolder, peopleShown());
    }

    public MediaId id() { return new MediaId(id); }
    public ContentHash hash() { return new ContentHash(contentHash); }
    public ImageFormat format() { return format; }
    public long sizeBytes() { return sizeBytes; }
    public int width() { return width; }
    public int height() { return height; }
    public String originalFilename() { return originalFilename; }
    public String altText() { return altText; }
    public String caption() { return caption; }
    public String credit() { return credit; }
    public String copyrightHolder() { return copyrightHolder; }
    /** "© holder", as embedded in press renditions and listed in press kits; null without a holder. */
    public String copyrightNotice() { return copyrightHolder == null ? null : "© " + copyrightHolder; }
    public FocalPoint focalPoint() { return new FocalPoint(focalX, focalY); }
    /** Camera, capture time and GPS of the original: for administrators' eyes only. */
    public String originalMetadata() { return originalMetadata; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<AlumnusId> peopleShown() {
        return people.stream().map(p -> new AlumnusId(p.alumnusId())).collect(Collectors.toUnmodifiableSet());
    }
    public Long version() { return version; }
}
