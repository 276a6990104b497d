package id.cerita.region.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import id.cerita.common.NotFoundException;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.web.ApiController;

/** Provinces and their regencies and cities, with their Kemendagri codes and flags. */
@ApiController
@RequestMapping("/api/regions")
class RegionApiController {

    private final Regions regions;

    RegionApiController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    List<RegionView> provinces() {
        return regions.provinces().stream().map(RegionView::of).toList();
    }

    @GetMapping("/{code}/regencies")
    List<RegionView> regencies(@PathVariable String code) {
        RegionCode province = RegionCode.of(code).province();
        regions.find(province).orElseThrow(() -> new NotFoundException("province", "Provinsi tidak dikenal: " + code, code));
        return regions.regenciesOf(province).stream().map(RegionView::of).toList();
    }

    /** A region as the API shows it. */
    record RegionView(String code, String name, String type, String provinceCode, boolean tertinggal,
            int outermostIslands) {

        static RegionView of(Region r) {
            return new RegionView(r.code(), r.name(), r.type().name(), r.provinceCode(), r.tertinggal(),
                    r.outermostIslands());
        }
    }
}
