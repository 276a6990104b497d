package id.cerita.alumni;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AlumnusRepository extends ListCrudRepository<Alumnus, UUID> {

    List<Alumnus> findAllByOrderByFullName();
}
