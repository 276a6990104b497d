package id.cerita.press;

import java.time.Clock;
import java.time.ZoneOffset;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The one row of press settings (table press_settings, created with its starting text by migration V50). */
@Service
@Validated
public class PressSettingsStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PressSettingsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PressSettings current() {
        return jdbc.sql("""
                SELECT organisation, letterhead_line, boilerplate_id, boilerplate_en, contact_name, contact_role,
                       contact_email, contact_phone, copyright_holder, usage_terms_id, usage_terms_en
                FROM press_settings WHERE id = 1""")
            .query(PressSettings.class).single();
    }

    @Transactional
    public PressSettings update(@Valid PressSettings settings, String by) {
        jdbc.sql("""
                UPDATE press_settings SET organisation = ?, letterhead_line = ?, boilerplate_id = ?, boilerplate_en = ?,
                       contact_name = ?, contact_role = ?, contact_email = ?, contact_phone = ?, copyright_holder = ?,
                       usage_terms_id = ?, usage_terms_en = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = 1""")
            .params(settings.organisation().strip(), settings.letterheadLine().strip(), settings.boilerplateId().strip(),
                    settings.boilerplateEn().strip(), settings.contactName().strip(), blankToNull(settings.contactRole()),
                    settings.contactEmail().strip(), blankToNull(settings.contactPhone()),
                    settings.copyrightHolder().strip(), settings.usageTermsId().strip(), settings.usageTermsEn().strip(),
                    clock.instant().atOffset(ZoneOffset.UTC), by)
            .update();
        return current();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
