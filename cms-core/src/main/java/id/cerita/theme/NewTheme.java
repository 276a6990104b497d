package id.cerita.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A theme an administrator adds: broad (no parent) or narrower than an existing one. */
public record NewTheme(
        String parentCode,
        @NotBlank(message = "{reference.theme.nameId.required}") @Size(max = 120, message = "{reference.tooLong}") String nameId,
        @NotBlank(message = "{reference.theme.nameEn.required}") @Size(max = 120, message = "{reference.tooLong}") String nameEn) {

    public NewTheme {
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        nameId = nameId == null ? null : nameId.strip();
        nameEn = nameEn == null ? null : nameEn.strip();
    }
}
