package id.cerita.gathering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GatheringRepository extends ListCrudRepository<Gathering, UUID> {

    Optional<Gathering> findBySlug(String slug);

    List<Gathering> findAllByOrderByHeldOnDesc();

    List<Gathering> findByArchivedAtIsNullOrderByHeldOnDesc();
}
