package id.cerita.region;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RegionRepository extends ListCrudRepository<Region, String> {

    List<Region> findByTypeOrderByCode(RegionType type);

    List<Region> findByProvinceCodeAndTypeNotOrderByName(String provinceCode, RegionType type);
}
