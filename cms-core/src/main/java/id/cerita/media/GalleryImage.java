package id.cerita.media;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** One place in a story's gallery. */
@Table("story_gallery_image")
record GalleryImage(UUID mediaAssetId) {
}
