package id.cerita.alumni.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentScope;
import id.cerita.web.ApiController;

/** Alumni stories can be about, with what their consent covers today. */
@ApiController
class AlumniApiController {

    private final Alumni alumni;
    private final Clock clock;

    AlumniApiController(Alumni alumni, Clock clock) {
        this.alumni = alumni;
        this.clock = clock;
    }

    @GetMapping("/api/alumni")
    List<AlumnusView> alumni() {
        LocalDate today = LocalDate.now(clock);
        return alumni.all().stream().map(a -> AlumnusView.of(a, today)).toList();
    }

    record AlumnusView(UUID id, String fullName, Integer cohort, String regionCode, String businessName,
            String occupation, Set<ConsentScope> consentedScopes) {

        static AlumnusView of(Alumnus a, LocalDate today) {
            return new AlumnusView(a.id(), a.fullName(), a.cohort(), a.regionCode(), a.businessName(),
                    a.occupation(), a.consentedScopesOn(today));
        }
    }
}
