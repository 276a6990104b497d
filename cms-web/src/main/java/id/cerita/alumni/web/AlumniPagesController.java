package id.cerita.alumni.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.AlumniQuery;
import id.cerita.alumni.Alumnus;
import id.cerita.alumni.ConsentMethod;
import id.cerita.alumni.ConsentScope;
import id.cerita.alumni.EvidenceDownload;
import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StateConflictException;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;

/**
 * The alumni pages: the searchable list, a profile with its consent records and stories, create and edit (with the
 * possible duplicates shown before saving), consent recording with its evidence, withdrawal and merging.
 */
@Controller
@RequestMapping("/alumni")
class AlumniPagesController {

    private final Alumni alumni;
    private final Regions regions;
    private final AlumniMessages messages;
    private final Clock clock;

    AlumniPagesController(Alumni alumni, Regions regions, AlumniMessages messages, Clock clock) {
        this.alumni = alumni;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer cohort, Model model) {
        model.addAttribute("rows", alumni.search(new AlumniQuery(q, region, cohort), 200));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("cohort", cohort);
        model.addAttribute("provinces", regions.provinces());
        return "alumni/list";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) String returnTo, Model model) {
        return form(model, AlumnusForm.empty(), null, Map.of(), List.of(), returnTo);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") AlumnusForm form, BindingResult result,
            @RequestParam(required = false) String returnTo, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null, messages.of(result), List.of(), returnTo);
        }
        List<Alumnus> duplicates = alumni.possibleDuplicates(form.details(), null);
        if (!duplicates.isEmpty() && !form.saveAnyway()) {
            return form(model, form, null, Map.of(), duplicates, returnTo);
        }
        try {
            Alumnus alumnus = alumni.register(form.details());
            redirect.addFlashAttribute("notice", messages.msg("alumni.saved", alumnus.fullName()));
            ReturnTo back = ReturnTo.of(returnTo);
            return "redirect:" + (back != null ? back.with(alumnus.id()) : "/alumni/" + alumnus.id());
        }
        catch (InvalidFieldException e) {
            return form(model, form, null, messages.of(e), List.of(), returnTo);
        }
    }

    @GetMapping("/{id}")
    String profile(@PathVariable AlumnusId id, Authentication user, Model model) {
        Alumnus alumnus = alumni.require(id);
        if (alumnus.merged()) {
            return "redirect:/alumni/" + alumnus.mergedInto();
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("alumnus", alumnus);
        model.addAttribute("regionName", regionName(alumnus.regionCode()));
        model.addAttribute("covered", alumnus.consentedScopesOn(today));
        model.addAttribute("consents", alumnus.consents().reversed());
        model.addAttribute("today", today);
        model.addAttribute("stories", alumni.storiesAbout(id));
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("canManage", Roles.canManageConsent(user));
        model.addAttribute("others", Roles.canManageConsent(user) ? alumni.all().stream()
            .filter(a -> !a.id().equals(id)).sorted(Comparator.comparing(Alumnus::fullName)).toList() : List.of());
        if (!model.containsAttribute("consentErrors")) {
            model.addAttribute("consentErrors", Map.of());
        }
        return "alumni/profile";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable AlumnusId id, Model model) {
        Alumnus alumnus = alumni.require(id);
        return form(model, AlumnusForm.of(alumnus), alumnus, Map.of(), List.of(), null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable AlumnusId id, @Valid @ModelAttribute("form") AlumnusForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Alumnus alumnus = alumni.require(id);
        if (result.hasErrors()) {
            return form(model, form, alumnus, messages.of(result), List.of(), null);
        }
        List<Alumnus> duplicates = alumni.possibleDuplicates(form.details(), id);
        if (!duplicates.isEmpty() && !form.saveAnyway()) {
            return form(model, form, alumnus, Map.of(), duplicates, null);
        }
        try {
            alumni.update(id, form.details());
        }
        catch (InvalidFieldException e) {
            return form(model, form, alumnus, messages.of(e), List.of(), null);
        }
        redirect.addFlashAttribute("notice", messages.msg("alumni.saved", form.fullName()));
        return "redirect:/alumni/" + id;
    }

    @PostMapping(path = "/{id}/consents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String recordConsent(@PathVariable AlumnusId id, @ModelAttribute ConsentForm form,
            @RequestParam(name = "evidenceFile", required = false) MultipartFile file, Authentication user,
            RedirectAttributes redirect) throws IOException {
        try {
            alumni.recordConsent(id, form.proof(), file == null ? null : file.getBytes(),
                    file == null ? null : file.getOriginalFilename(), user.getName());
            redirect.addFlashAttribute("notice", messages.msg("alumni.consent.saved"));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("consentErrors", messages.of(e));
            redirect.addFlashAttribute("problem", messages.message(e));
        }
        return "redirect:/alumni/" + id + "#consents";
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    String withdraw(@PathVariable AlumnusId id, @PathVariable UUID consentId, @RequestParam(required = false) String reason,
            Authentication user, RedirectAttributes redirect) {
        try {
            alumni.withdrawConsent(id, consentId, user.getName(), reason);
            redirect.addFlashAttribute("notice", messages.msg("alumni.consent.withdrawn"));
        }
        catch (InvalidFieldException | StateConflictException e) {
            // a second tab that withdrew it already: say so on the profile instead of an error page
            redirect.addFlashAttribute("problem", messages.message(e));
        }
        return "redirect:/alumni/" + id + "#consents";
    }

    @GetMapping("/{id}/consents/{consentId}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable AlumnusId id, @PathVariable UUID consentId, Authentication user) {
        EvidenceDownload file = alumni.evidenceOf(id, consentId, user.getName());
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .header("X-Content-Type-Options", "nosniff")
            .body(file.content());
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable AlumnusId id, @RequestParam(required = false) AlumnusId mergedId, Authentication user,
            RedirectAttributes redirect) {
        try {
            alumni.merge(id, mergedId, user.getName());
            redirect.addFlashAttribute("notice", messages.msg("alumni.merged"));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", messages.message(e));
        }
        return "redirect:/alumni/" + id;
    }

    private String form(Model model, AlumnusForm form, Alumnus alumnus, Map<String, String> errors,
            List<Alumnus> duplicates, String returnTo) {
        model.addAttribute("form", form);
        model.addAttribute("alumnus", alumnus);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("returnTo", ReturnTo.isLocal(returnTo) ? returnTo : null);
        model.addAttribute("regionGroups", regions.provinces().stream()
            .map(p -> new RegionGroup(p, regions.regenciesOf(p.regionCode()))).toList());
        return "alumni/form";
    }

    private String regionName(String code) {
        return regions.find(RegionCode.of(code)).map(Region::name).orElse(code);
    }

    record RegionGroup(Region province, List<Region> regencies) {
    }
}
