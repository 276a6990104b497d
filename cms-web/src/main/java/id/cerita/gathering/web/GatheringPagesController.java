package id.cerita.gathering.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.GatheringId;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StateConflictException;
import id.cerita.gathering.Gathering;
import id.cerita.gathering.Gatherings;
import id.cerita.region.Region;
import id.cerita.region.RegionCode;
import id.cerita.region.Regions;
import id.cerita.web.ReferenceFormErrors;

/** The temu alumni: the list (archived ones on request), plan, correct, archive and restore. */
@Controller
class GatheringPagesController {

    /** The no-JavaScript "show the regencies of this province" button: re-renders the form, saves nothing. */
    static final String CHOOSE_PROVINCE = "choose-province";

    private final Gatherings gatherings;
    private final Regions regions;
    private final MessageSource messages;

    GatheringPagesController(Gatherings gatherings, Regions regions, MessageSource messages) {
        this.gatherings = gatherings;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/gatherings")
    String list(@RequestParam(defaultValue = "false") boolean includeArchived, Model model) {
        List<Gathering> shown = gatherings.all(includeArchived);
        model.addAttribute("gatherings", shown);
        model.addAttribute("includeArchived", includeArchived);
        model.addAttribute("regionNames", shown.stream().map(Gathering::regionCode).distinct()
            .flatMap(code -> regions.find(RegionCode.of(code)).stream())
            .collect(java.util.stream.Collectors.toMap(Region::code, Region::name)));
        return "gathering/gatherings";
    }

    @GetMapping("/gatherings/new")
    String create(Model model) {
        return form(model, new GatheringForm(), null);
    }

    @PostMapping("/gatherings")
    String create(@ModelAttribute("form") GatheringForm form, BindingResult binding,
            @RequestParam(name = "_action", required = false) String action, Principal user, Model model,
            RedirectAttributes redirect) {
        if (CHOOSE_PROVINCE.equals(action) || unreadable(binding, model)) {
            return form(model, form, null);
        }
        try {
            Gathering gathering = gatherings.plan(form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice", message("reference.gathering.saved", gathering.name()));
            return "redirect:/gatherings";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return form(model, form, null);
        }
    }

    @GetMapping("/gatherings/{id}")
    String edit(@PathVariable GatheringId id, Model model) {
        Gathering gathering = gatherings.require(id);
        return form(model, GatheringForm.of(gathering), gathering);
    }

    @PostMapping("/gatherings/{id}")
    String save(@PathVariable GatheringId id, @ModelAttribute("form") GatheringForm form, BindingResult binding,
            @RequestParam(name = "_action", required = false) String action, Principal user, Model model,
            RedirectAttributes redirect) {
        Gathering gathering = gatherings.require(id);
        if (CHOOSE_PROVINCE.equals(action) || unreadable(binding, model)) {
            return form(model, form, gathering);
        }
        try {
            Gathering saved = gatherings.revise(id, form.toDetails(), user.getName());
            redirect.addFlashAttribute("notice", message("reference.gathering.saved", saved.name()));
            return "redirect:/gatherings";
        }
        catch (InvalidFieldException | ConstraintViolationException e) {
            model.addAttribute("errors", ReferenceFormErrors.of(e, messages));
            return form(model, form, gathering);
        }
    }

    @PostMapping("/gatherings/{id}/archive")
    String archive(@PathVariable GatheringId id, Principal user, RedirectAttributes redirect) {
        Gathering gathering = gatherings.archive(id, user.getName());
        redirect.addFlashAttribute("notice", message("reference.gathering.archived", gathering.name()));
        return "redirect:/gatherings";
    }

    @PostMapping("/gatherings/{id}/restore")
    String restore(@PathVariable GatheringId id, Principal user, RedirectAttributes redirect) {
        Gathering gathering = gatherings.restore(id, user.getName());
        redirect.addFlashAttribute("notice", message("reference.gathering.restored", gathering.name()));
        return "redirect:/gatherings?includeArchived=true";
    }

    private String form(Model model, GatheringForm form, Gathering gathering) {
        model.addAttribute("form", form);
        model.addAttribute("gathering", gathering);
        model.addAttribute("provinces", regions.provinces());
        String province = form.effectiveProvince();
        boolean valid = province != null && province.matches("\\d{2}");
        model.addAttribute("regencies", valid ? regions.regenciesOf(RegionCode.of(province)) : List.of());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "gathering/form";
    }

    /** A value that could not even be read, like a malformed date. */
    private boolean unreadable(BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            return false;
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), message("reference.unreadable")));
        model.addAttribute("errors", errors);
        return true;
    }

    @ExceptionHandler
    String conflict(StateConflictException e, HttpServletRequest request) {
        return ReferenceFormErrors.redirectWithConflict(request, messages, "/gatherings?includeArchived=true");
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
