package id.cerita.region.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import id.cerita.common.NotFoundException;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;

/** Read-only pages of the region reference data, and the regency list the province pickers fetch. */
@Controller
class RegionPagesController {

    private final Regions regions;

    RegionPagesController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/regions")
    String provinces(Model model) {
        model.addAttribute("provinces", regions.provinces());
        return "region/provinces";
    }

    @GetMapping("/regions/{code:\\d{2}}")
    String regencies(@PathVariable String code, Model model) {
        Region province = regions.find(RegionCode.of(code))
            .orElseThrow(() -> new NotFoundException("province", "Provinsi tidak dikenal: " + code, code));
        model.addAttribute("province", province);
        model.addAttribute("regencies", regions.regenciesOf(province.regionCode()));
        return "region/regencies";
    }

    /** For the province-then-regency pickers of the staff UI (same session as the page). */
    @GetMapping("/ui/regions/{code:\\d{2}}")
    @ResponseBody
    List<RegencyOption> regencyOptions(@PathVariable String code) {
        return regions.regenciesOf(RegionCode.of(code)).stream().map(r -> new RegencyOption(r.code(), r.name())).toList();
    }

    record RegencyOption(String code, String name) {
    }
}
