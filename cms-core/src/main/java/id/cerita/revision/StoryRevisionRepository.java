package id.cerita.revision;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface StoryRevisionRepository extends Repository<StoryRevision, UUID> {

    StoryRevision save(StoryRevision revision);

    Optional<StoryRevision> findByStoryIdAndNumber(UUID storyId, int number);
}
