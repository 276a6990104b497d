package id.cerita.region;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.InvalidFieldException;

/** Reads the region reference data: provinces, their regencies and cities. */
@Service
@Transactional(readOnly = true)
public class Regions {

    private final RegionRepository regions;

    Regions(RegionRepository regions) {
        this.regions = regions;
    }

    public List<Region> provinces() {
        return regions.findByTypeOrderByCode(RegionType.PROVINCE);
    }

    /** Regencies and cities of a province, by name. */
    public List<Region> regenciesOf(RegionCode province) {
        return regions.findByProvinceCodeAndTypeNotOrderByName(province.province().value(), RegionType.PROVINCE);
    }

    public Optional<Region> find(RegionCode code) {
        return regions.findById(code.value());
    }

    /** A regency or city that must exist, for a story or an alumnus. */
    public Region requireRegencyOrCity(String field, String code) {
        RegionCode regionCode;
        try {
            regionCode = RegionCode.of(code);
        }
        catch (InvalidFieldException e) {
            throw new InvalidFieldException(field, "region.format", e.getMessage());
        }
        Region region = find(regionCode).orElseThrow(() -> new InvalidFieldException(field, "region.unknown",
                "Kode wilayah tidak dikenal: " + code, code));
        if (region.isProvince()) {
            throw new InvalidFieldException(field, "region.not-regency",
                    "Pilih kabupaten atau kota, bukan provinsi: " + region.name(),
                    region.name());
        }
        return region;
    }

    public long count() {
        return regions.count();
    }
}
