package id.cerita.alumni;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.util.ReflectionTestUtils;

import id.cerita.common.ProgrammeZone;

/**
 * Alumni as the alumni service hands them to the web layer, for slices that mock it: registered and given consents
 * through the aggregate's own steps (which live in this package), with the version a stored record would have.
 */
public final class AlumniExamples {

    public static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    /** The application's clock stopped at {@link #NOW}, for slices that show what is in force today. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Today {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ProgrammeZone.ID);
        }
    }

    private AlumniExamples() {
    }

    /** Registered by sari with a phone number, stored at version 2, without consents. */
    public static Alumnus alumnus(String fullName, String regionCode, Integer cohort) {
        Alumnus alumnus = Alumnus.register(new AlumnusDetails(fullName, cohort, regionCode, null, null,
                "0812-7000-1111", null), NOW, "sari");
        ReflectionTestUtils.setField(alumnus, "version", 2L);
        return alumnus;
    }

    /** A consent on a signed form, recorded by sari on {@code alumnus}, given on {@code givenOn}, without expiry. */
    public static Consent consent(Alumnus alumnus, Set<ConsentScope> scopes, LocalDate givenOn, String evidence) {
        return alumnus.recordConsent(new ConsentProof(scopes, givenOn, null, ConsentMethod.SIGNED_FORM, evidence, null),
                "sari");
    }
}
