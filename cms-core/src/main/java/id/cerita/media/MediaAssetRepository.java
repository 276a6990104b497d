package id.cerita.media;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MediaAssetRepository extends ListCrudRepository<MediaAsset, UUID> {

    Optional<MediaAsset> findByContentHash(String contentHash);
}
