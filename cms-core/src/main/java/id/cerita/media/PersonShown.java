package id.cerita.media;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** An alumnus who can be recognised in an image: their consent for photos applies to it. */
@Table("media_asset_person")
record PersonShown(UUID alumnusId) {
}
