package id.cerita.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TrainingCourseRepository extends ListCrudRepository<TrainingCourse, UUID> {

    Optional<TrainingCourse> findBySlug(String slug);

    List<TrainingCourse> findAllByOrderByTitle();

    List<TrainingCourse> findByArchivedAtIsNullOrderByTitle();

    List<TrainingCourse> findByProviderIdOrderByTitle(UUID providerId);
}
