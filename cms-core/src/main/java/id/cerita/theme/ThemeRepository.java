package id.cerita.theme;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ThemeRepository extends ListCrudRepository<Theme, String> {

    List<Theme> findAllByOrderByPosition();
}
