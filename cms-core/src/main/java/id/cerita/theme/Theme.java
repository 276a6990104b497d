package id.cerita.theme;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A training theme, broad ("kuliner") or narrower ("kue-dan-roti" under "kuliner"). */
@Table("theme")
public record Theme(@Id String code, String parentCode, String nameId, String nameEn, int position) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

    public boolean isRoot() {
        return parentCode == null;
    }
}
