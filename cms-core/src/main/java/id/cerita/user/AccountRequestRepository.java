package id.cerita.user;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRequestRepository extends ListCrudRepository<AccountRequest, UUID> {

    List<AccountRequest> findByStatusOrderByCreatedAt(AccountRequest.Status status);

    long countByStatus(AccountRequest.Status status);
}
