package id.cerita.theme.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.theme.Themes;
import id.cerita.web.ApiController;

/** The theme taxonomy, parents before their children. */
@ApiController
class ThemeApiController {

    private final Themes themes;

    ThemeApiController(Themes themes) {
        this.themes = themes;
    }

    @GetMapping("/api/themes")
    List<ThemeView> themes() {
        return themes.all().stream().map(t -> new ThemeView(t.code(), t.parentCode(), t.nameId(), t.nameEn())).toList();
    }

    record ThemeView(String code, String parentCode, String nameId, String nameEn) {
    }
}
