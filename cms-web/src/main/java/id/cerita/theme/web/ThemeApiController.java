package id.cerita.theme.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import id.cerita.theme.NewTheme;
import id.cerita.theme.Theme;
import id.cerita.theme.Themes;
import id.cerita.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The theme taxonomy, parents before their children; administrators add themes. */
@ApiController
@Tag(name = "Tema (themes)")
class ThemeApiController {

    private final Themes themes;

    ThemeApiController(Themes themes) {
        this.themes = themes;
    }

    @GetMapping("/api/themes")
    @Operation(summary = "Every theme, each broad theme followed by its narrower ones")
    List<ThemeView> themes() {
        return themes.all().stream().map(ThemeView::of).toList();
    }

    @PostMapping("/api/themes")
    @Operation(summary = "Adds a theme, or a narrower one with parentCode (administrators); the code is made from nameId")
    ResponseEntity<ThemeView> add(@RequestBody NewTheme theme, Principal user) {
        Theme added = themes.add(theme, user.getName());
        return ResponseEntity.created(URI.create("/api/themes/" + added.code())).body(ThemeView.of(added));
    }

    record ThemeView(String code, String parentCode, String nameId, String nameEn) {

        static ThemeView of(Theme t) {
            return new ThemeView(t.code(), t.parentCode(), t.nameId(), t.nameEn());
        }
    }
}
