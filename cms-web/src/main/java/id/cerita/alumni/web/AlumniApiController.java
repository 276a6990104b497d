package id.cerita.alumni.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumniQuery;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.AlumnusRow;
import id.cerita.alumni.Consent;
import id.cerita.alumni.ConsentMethod;
import id.cerita.alumni.ConsentProof;
import id.cerita.alumni.ConsentScope;
import id.cerita.alumni.EvidenceDownload;
import id.cerita.common.AlumnusId;
import id.cerita.web.ApiController;
import id.cerita.web.UserMessages;

/**
 * Alumni for the newsroom: search, create (a possible duplicate answers 409 with the records unless
 * {@code confirmDuplicate} is true), edit, merge, and their consent records with evidence and withdrawal. Errors are
 * RFC 9457 problem details with field names. Phone and e-mail are staff-only data: this API is the newsroom's alone.
 */
@ApiController
@Tag(name = "Alumni", description = "Alumni and their consent records")
class AlumniApiController {

    private final Alumni alumni;
    private final Clock clock;
    private final MessageSource messages;

    AlumniApiController(Alumni alumni, Clock clock, MessageSource messages) {
        this.alumni = alumni;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/api/alumni")
    @Operation(summary = "Search alumni by name/business/occupation words, province or regency code, and cohort")
    List<AlumnusView> alumni(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer cohort) {
        LocalDate today = LocalDate.now(clock);
        return alumni.search(new AlumniQuery(q, region, cohort), 500).stream()
            .map(AlumnusRow::id).map(alumni::require).map(a -> AlumnusView.of(a, today)).toList();
    }

    @GetMapping("/api/alumni/{id}")
    @Operation(summary = "One alumnus with their consent records")
    AlumnusView alumnus(@PathVariable AlumnusId id) {
        return AlumnusView.of(alumni.require(id), LocalDate.now(clock));
    }

    @PostMapping("/api/alumni")
    @Operation(summary = "Register an alumnus; 409 possible-duplicate lists the records that may be the same person")
    ResponseEntity<?> register(@Valid @RequestBody AlumnusForm form, HttpServletRequest request) {
        List<Alumnus> duplicates = alumni.possibleDuplicates(form.details(), null);
        if (!duplicates.isEmpty() && !form.saveAnyway()) {
            return duplicate(duplicates, UserMessages.apiLocale(request));
        }
        Alumnus alumnus = alumni.register(form.details());
        return ResponseEntity.created(URI.create("/api/alumni/" + alumnus.id()))
            .body(AlumnusView.of(alumnus, LocalDate.now(clock)));
    }

    @PutMapping("/api/alumni/{id}")
    @Operation(summary = "Change an alumnus' details; 409 possible-duplicate as when registering")
    ResponseEntity<?> update(@PathVariable AlumnusId id, @Valid @RequestBody AlumnusForm form,
            HttpServletRequest request) {
        alumni.require(id);
        List<Alumnus> duplicates = alumni.possibleDuplicates(form.details(), id);
        if (!duplicates.isEmpty() && !form.saveAnyway()) {
            return duplicate(duplicates, UserMessages.apiLocale(request));
        }
        return ResponseEntity.ok(AlumnusView.of(alumni.update(id, form.details()), LocalDate.now(clock)));
    }

    @PostMapping("/api/alumni/{id}/merge")
    @Operation(summary = "Merge another record of the same person into this one (editors and admins)")
    AlumnusView merge(@PathVariable AlumnusId id, @RequestBody MergeRequest body, Authentication user) {
        return AlumnusView.of(alumni.merge(id, body.mergedId(), user.getName()), LocalDate.now(clock));
    }

    @PostMapping(path = "/api/alumni/{id}/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a consent without an evidence file")
    ResponseEntity<ConsentView> recordConsent(@PathVariable AlumnusId id, @Valid @RequestBody ConsentRequest body,
            Authentication user) {
        Consent consent = alumni.recordConsent(id, body.proof(), null, null, user.getName());
        return ResponseEntity.created(URI.create("/api/alumni/" + id)).body(ConsentView.of(consent));
    }

    @PostMapping(path = "/api/alumni/{id}/consents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a consent with its evidence file (PDF, JPEG or PNG, checked by content)")
    ResponseEntity<ConsentView> recordConsentWithFile(@PathVariable AlumnusId id,
            @Valid @RequestPart("consent") ConsentRequest body,
            @RequestPart(name = "evidenceFile", required = false) MultipartFile file, Authentication user)
            throws IOException {
        Consent consent = alumni.recordConsent(id, body.proof(), file == null ? null : file.getBytes(),
                file == null ? null : file.getOriginalFilename(), user.getName());
        return ResponseEntity.created(URI.create("/api/alumni/" + id)).body(ConsentView.of(consent));
    }

    @PostMapping("/api/alumni/{id}/consents/{consentId}/withdraw")
    @Operation(summary = "Withdraw a consent with a reason (editors and admins); takes effect everywhere")
    AlumnusView withdraw(@PathVariable AlumnusId id, @PathVariable UUID consentId, @RequestBody WithdrawRequest body,
            Authentication user) {
        alumni.withdrawConsent(id, consentId, user.getName(), body.reason());
        return AlumnusView.of(alumni.require(id), LocalDate.now(clock));
    }

    @GetMapping("/api/alumni/{id}/consents/{consentId}/evidence")
    @Operation(summary = "Download a consent's evidence file (editors and admins; audited)")
    ResponseEntity<byte[]> evidence(@PathVariable AlumnusId id, @PathVariable UUID consentId, Authentication user) {
        EvidenceDownload file = alumni.evidenceOf(id, consentId, user.getName());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(file.content());
    }

    private ResponseEntity<ProblemDetail> duplicate(List<Alumnus> duplicates, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("alumni.api.duplicate.detail", null, locale));
        problem.setType(URI.create("https://cerita.id/problems/possible-duplicate"));
        problem.setTitle(messages.getMessage("alumni.api.duplicate.title", null, locale));
        problem.setProperty("duplicates", duplicates.stream()
            .map(d -> Map.of("id", d.id(), "fullName", d.fullName(), "regionCode", d.regionCode())).toList());
        problem.setProperty("errors", List.of(Map.of("field", "fullName", "code", "alumnus.possible-duplicate",
                "message", messages.getMessage("alumni.api.duplicate.field", null, locale))));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Checked by the service after the role check: a writer is refused before a missing field is reported. */
    record MergeRequest(AlumnusId mergedId) {
    }

    record WithdrawRequest(String reason) {
    }

    record ConsentRequest(@NotNull Set<ConsentScope> scopes, @NotNull LocalDate givenOn, LocalDate expiresOn,
            ConsentMethod method, @Size(max = 500) String evidence) {

        ConsentProof proof() {
            return new ConsentProof(scopes, givenOn, expiresOn, method, evidence, null);
        }
    }

    record ConsentView(UUID consentId, Set<ConsentScope> scopes, LocalDate givenOn, LocalDate expiresOn,
            ConsentMethod method, String evidence, boolean evidenceFile, String evidenceFileName, Instant withdrawnAt,
            String withdrawnBy, String withdrawalReason) {

        static ConsentView of(Consent c) {
            return new ConsentView(c.consentId(), c.scopeSet(), c.givenOn(), c.expiresOn(), c.method(), c.evidence(),
                    c.hasEvidenceFile(), c.evidenceName(), c.withdrawnAt(), c.withdrawnBy(), c.withdrawalReason());
        }
    }

    record AlumnusView(AlumnusId id, String fullName, Integer cohort, String regionCode, String businessName,
            String occupation, String phone, String email, Set<ConsentScope> consentedScopes,
            List<ConsentView> consents, AlumnusId mergedInto, Long version) {

        static AlumnusView of(Alumnus a, LocalDate today) {
            return new AlumnusView(a.id(), a.fullName(), a.cohort(), a.regionCode(), a.businessName(),
                    a.occupation(), a.phone(), a.email(), a.consentedScopesOn(today),
                    a.consents().stream().map(ConsentView::of).toList(), a.mergedInto(), a.version());
        }
    }
}
