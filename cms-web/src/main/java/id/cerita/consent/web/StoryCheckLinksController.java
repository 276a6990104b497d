package id.cerita.consent.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.StoryId;
import id.cerita.consent.IssuedLink;
import id.cerita.consent.StoryCheckLinks;

/**
 * Editors issue and revoke the private link an alumnus checks their story on. The new link is shown once, on the
 * page the editor came from, with a WhatsApp share link to pass it on.
 */
@Controller
class StoryCheckLinksController {

    private final StoryCheckLinks links;
    private final MessageSource messages;

    StoryCheckLinksController(StoryCheckLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @PostMapping("/consent-links")
    String issue(@RequestParam(required = false) StoryId storyId, @RequestParam(required = false) String returnTo, Authentication user,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            IssuedLink issued = links.issue(storyId, user.getName());
            String url = ServletUriComponentsBuilder.fromContextPath(request).path("/check/{token}")
                .buildAndExpand(issued.token()).toUriString();
            String text = messages.getMessage("check.share.text", new Object[] { url }, url,
                    LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("checkLinkIssued", url);
            redirect.addFlashAttribute("checkLinkWhatsApp",
                    "https://wa.me/?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
            redirect.addFlashAttribute("checkLinkMail", "mailto:?subject="
                    + URLEncoder.encode(messages.getMessage("check.share.subject", null, "Cerita",
                            LocaleContextHolder.getLocale()), StandardCharsets.UTF_8).replace("+", "%20")
                    + "&body=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back(returnTo, storyId) + "#consent-summary";
    }

    @PostMapping("/consent-links/{linkId}/revoke")
    String revoke(@PathVariable UUID linkId, @RequestParam(required = false) StoryId storyId, @RequestParam(required = false) String returnTo,
            Authentication user, RedirectAttributes redirect) {
        try {
            links.revoke(linkId, user.getName());
            redirect.addFlashAttribute("notice", messages.getMessage("check.revoked", null, "Tautan dicabut",
                    LocaleContextHolder.getLocale()));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + back(returnTo, storyId) + "#consent-summary";
    }

    /** Back to the editor or the review page of the story; nowhere else. */
    private static String back(String returnTo, StoryId storyId) {
        String review = "/workflow/stories/" + storyId;
        return review.equals(returnTo) ? review : "/stories/" + storyId;
    }
}
