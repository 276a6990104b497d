package id.cerita.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StoryRepository extends ListCrudRepository<Story, UUID> {

    Optional<Story> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Story> findByTranslationKey(UUID translationKey);

    @Query("SELECT * FROM story WHERE alumnus_id = :alumnusId AND (live = TRUE OR status = 'SCHEDULED')")
    List<Story> findPublicOrScheduledAbout(UUID alumnusId);

    @Query("SELECT * FROM story WHERE status = 'SCHEDULED' AND scheduled_at <= :now ORDER BY scheduled_at")
    List<Story> findDueForPublication(Instant now);

    @Query("SELECT * FROM story WHERE embargo_until <= :now")
    List<Story> findWithPassedEmbargo(Instant now);
}
