package id.cerita.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TrainingProviderRepository extends ListCrudRepository<TrainingProvider, UUID> {

    Optional<TrainingProvider> findBySlug(String slug);

    List<TrainingProvider> findAllByOrderByName();

    List<TrainingProvider> findByArchivedAtIsNullOrderByName();
}
