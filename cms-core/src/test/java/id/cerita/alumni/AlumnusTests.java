package id.cerita.alumni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.StateConflictException;

class AlumnusTests {

    static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void takesOverTheConsentsOfAMergedDuplicateWhichLeavesTheLists() {
        Alumnus survivor = Alumnus.register(new AlumnusDetails("Vita", 5, "75.71", null, null), NOW, "sari");
        Alumnus duplicate = Alumnus.register(new AlumnusDetails("Vita I.", 5, "75.71", null, null, "0812", null), NOW, "rina");
        duplicate.recordConsent(new ConsentProof(EnumSet.of(ConsentScope.PHOTO), TODAY, null, ConsentMethod.IN_PERSON,
                "Temu alumni Gorontalo", null), "rina");

        survivor.absorb(duplicate, "budi");

        assertThat(survivor.consentedScopesOn(TODAY)).containsExactly(ConsentScope.PHOTO);
        assertThat(survivor.phone()).isEqualTo("0812");
        assertThat(duplicate.merged()).isTrue();
        assertThat(duplicate.consents()).isEmpty();
        assertThatThrownBy(() -> duplicate.update(new AlumnusDetails("Vita", 5, "75.71", null, null), "sari"))
            .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> survivor.absorb(survivor, "budi")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void refusesAWithdrawalWithoutAReason() {
        Alumnus vita = Alumnus.register(new AlumnusDetails("Vita", 5, "75.71", null, null), NOW, "sari");
        Consent consent = vita.recordConsent(new ConsentProof(EnumSet.of(ConsentScope.NAME), TODAY, null,
                ConsentMethod.SIGNED_FORM, null, new EvidenceFile("a.pdf", "application/pdf", "formulir.pdf")), "sari");

        assertThat(consent.evidence()).isEqualTo("formulir.pdf");
        assertThatThrownBy(() -> vita.withdrawConsent(consent.consentId(), "budi", " ", Clock.fixed(NOW, ZoneOffset.UTC)))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        vita.withdrawConsent(consent.consentId(), "budi", "Diminta alumni", Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(vita.consentedScopesOn(TODAY)).isEmpty();
        // a second tab, or a second editor: a conflict the API answers with 409, not a server error
        assertThatThrownBy(() -> vita.withdrawConsent(consent.consentId(), "dewi", "Lagi", Clock.fixed(NOW, ZoneOffset.UTC)))
            .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.code()).isEqualTo("consent.withdrawn"));
    }

    @Test
    void needsEvidenceTextOrAFile() {
        Alumnus vita = Alumnus.register(new AlumnusDetails("Vita", 5, "75.71", null, null), NOW, "sari");
        assertThatThrownBy(() -> vita.recordConsent(new ConsentProof(EnumSet.of(ConsentScope.NAME), TODAY, null,
                ConsentMethod.SIGNED_FORM, "  ", null), "sari"))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
    }
}
