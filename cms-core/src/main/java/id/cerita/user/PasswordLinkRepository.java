package id.cerita.user;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PasswordLinkRepository extends ListCrudRepository<PasswordLink, UUID> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);
}
