package id.cerita.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StaffUserRepository extends ListCrudRepository<StaffUser, UUID> {

    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAllByOrderByUsername();
}
