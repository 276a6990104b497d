package id.cerita.media;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import id.cerita.alumni.Alumni;
import id.cerita.common.MediaId;
import id.cerita.common.NotFoundException;

/** The library of images: entering uploads, describing them, moving focal points, deleting what no story uses. */
@Service
@Validated
@Transactional
public class MediaLibrary {

    private final MediaAssetRepository assets;
    private final MediaReadModel reads;
    private final Alumni alumni;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediaLibrary(MediaAssetRepository assets, MediaReadModel reads, Alumni alumni, ApplicationEventPublisher events,
            Clock clock) {
        this.assets = assets;
        this.reads = reads;
        this.alumni = alumni;
        this.events = events;
        this.clock = clock;
    }

    /** Enters a stored original; the same bytes uploaded again give back the image already in the library. */
    public MediaRegistration register(StoredOriginal original, int width, int height, String filename,
            String originalMetadata, String by) {
        Optional<MediaAsset> known = assets.findByContentHash(original.hash().hex());
        if (known.isPresent()) {
            return new MediaRegistration(known.get(), false);
        }
        String name = filename == null ? null : filename.substring(0, Math.min(filename.length(), 300));
        String metadata = originalMetadata == null ? null
                : originalMetadata.substring(0, Math.min(originalMetadata.length(), 20_000));
        return new MediaRegistration(assets.save(MediaAsset.uploaded(original, width, height, name, metadata, by,
                clock.instant())), true);
    }

    public MediaAsset describe(MediaId id, long expectedVersion, @Valid MediaDescription description, String by) {
        MediaAsset asset = require(id);
        if (asset.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("media " + id + " was changed since version " + expectedVersion);
        }
        description.peopleShown().forEach(person -> alumni.requireReference("peopleShown", person));
        asset.describe(description, by, clock.instant());
        return assets.save(asset);
    }

    public MediaAsset moveFocalPoint(MediaId id, FocalPoint point, String by) {
        MediaAsset asset = require(id);
        asset.moveFocalPoint(point, by, clock.instant());
        return assets.save(asset);
    }

    /** Deletes an image no story uses; {@link MediaInUseException} otherwise. */
    public void delete(MediaId id, String by) {
        MediaAsset asset = require(id);
        List<MediaUsage> usages = reads.usages(id);
        if (!usages.isEmpty()) {
            throw new MediaInUseException(usages);
        }
        assets.delete(asset);
        events.publishEvent(new MediaDeleted(id, asset.hash(), by));
    }

    @Transactional(readOnly = true)
    public Optional<MediaAsset> find(MediaId id) {
        return assets.findById(id.value());
    }

    /** The image with these bytes, if the library has it. */
    @Transactional(readOnly = true)
    public Optional<MediaAsset> findByHash(ContentHash hash) {
        return assets.findByContentHash(hash.hex());
    }

    @Transactional(readOnly = true)
    public MediaAsset require(MediaId id) {
        return find(id).orElseThrow(() -> new NotFoundException("media", "Gambar tidak ditemukan: " + id, id));
    }

    @Transactional(readOnly = true)
    public List<MediaSummary> search(MediaQuery query) {
        return reads.search(query);
    }

    @Transactional(readOnly = true)
    public List<MediaUsage> usages(MediaId id) {
        return reads.usages(id);
    }

    /** Where each of these images is used (absent: nowhere). */
    @Transactional(readOnly = true)
    public java.util.Map<MediaId, List<MediaUsage>> usages(java.util.Collection<MediaId> ids) {
        return reads.usages(ids);
    }

    /** Entering an upload: the image and whether it is new to the library. */
    public record MediaRegistration(MediaAsset asset, boolean created) {
    }
}
