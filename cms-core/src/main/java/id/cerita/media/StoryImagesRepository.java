package id.cerita.media;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StoryImagesRepository extends ListCrudRepository<StoryImages, UUID> {
}
