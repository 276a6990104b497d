package id.cerita.alert.web;

import java.net.URI;
import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.alert.Cadence;
import id.cerita.alert.Follow;
import id.cerita.alert.FollowKind;
import id.cerita.alert.Follows;
import id.cerita.common.InvalidFieldException;

/**
 * A journalist's alerts: follow a filter from the press room ("Ikuti"), say where mail goes (confirmed by a link),
 * choose at once or weekly, stop following; and the two links of the mails, which work without signing in.
 */
@Controller
class AlertPagesController {

    private final Follows follows;
    private final AlertMailer mailer;
    private final MessageSource messages;
    private final AlertProperties properties;

    AlertPagesController(Follows follows, AlertMailer mailer, MessageSource messages, AlertProperties properties) {
        this.follows = follows;
        this.mailer = mailer;
        this.messages = messages;
        this.properties = properties;
    }

    private String feedUrl(String token) {
        return properties.link("/alerts/feed/" + token);
    }

    @GetMapping("/press/alerts")
    @PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
    String alerts(Principal user, Model model) {
        model.addAttribute("subscriber", follows.subscriber(user.getName()).orElse(null));
        var mine = follows.of(user.getName());
        model.addAttribute("follows", mine);
        Map<UUID, String> feedUrls = new HashMap<>();
        mine.forEach(f -> feedUrls.put(f.id(), feedUrl(follows.feedToken(user.getName(), f.id()))));
        model.addAttribute("feedUrls", feedUrls);
        model.addAttribute("cadences", Cadence.values());
        return "alert/alerts";
    }

    @PostMapping("/press/alerts/email")
    @PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
    String email(@RequestParam String email, Principal user, Locale locale, RedirectAttributes redirect) {
        try {
            String token = follows.changeEmail(user.getName(), email);
            boolean sent = mailer.sendConfirmation(user.getName(), email.strip(), token, locale);
            redirect.addFlashAttribute(sent ? "notice" : "problem",
                    message(sent ? "alerts.email.sent" : "alerts.email.notSent", locale, email.strip()));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", message("alerts.email.invalid", locale));
            redirect.addFlashAttribute("typedEmail", email);
        }
        return "redirect:/press/alerts";
    }

    @PostMapping("/press/follows")
    @PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
    String follow(@RequestParam String filter, @RequestParam String value, @RequestParam String label,
            @RequestParam(required = false) String returnTo, Principal user, Locale locale,
            RedirectAttributes redirect) {
        try {
            Follow follow = follows.follow(user.getName(), FollowKind.ofFilter(filter), value, label, Cadence.INSTANT);
            redirect.addFlashAttribute("notice", message("alerts.follow.done", locale, follow.label()));
        }
        catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", message("alerts.follow.unknown", locale));
        }
        catch (InvalidFieldException e) {
            redirect.addFlashAttribute("problem", message("alerts.follow.tooMany", locale, Follows.MAX_FOLLOWS));
        }
        return "redirect:" + backToThePressRoom(returnTo);
    }

    /** Only back into the press room, on this host: the field is a redirect target and must lead nowhere else. */
    static String backToThePressRoom(String returnTo) {
        try {
            URI uri = URI.create(returnTo == null ? "" : returnTo);
            String path = uri.getRawPath();
            if (path != null && (path.equals("/press") || path.startsWith("/press/")) && !path.contains("..")) {
                return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        catch (IllegalArgumentException e) {
            // not an address: the alerts page below
        }
        return "/press/alerts";
    }

    @PostMapping("/press/alerts/{id}/cadence")
    @PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
    String cadence(@PathVariable UUID id, @RequestParam Cadence cadence, Principal user, Locale locale,
            RedirectAttributes redirect) {
        Follow follow = follows.changeCadence(user.getName(), id, cadence);
        redirect.addFlashAttribute("notice", message("alerts.cadence.done." + cadence, locale, follow.label()));
        return "redirect:/press/alerts";
    }

    @PostMapping("/press/alerts/{id}/delete")
    @PreAuthorize("@capability.granted(authentication, 'USE_PRESS_ROOM')")
    String unfollow(@PathVariable UUID id, Principal user, Locale locale, RedirectAttributes redirect) {
        follows.unfollow(user.getName(), id);
        redirect.addFlashAttribute("notice", message("alerts.unfollow.done", locale));
        return "redirect:/press/alerts";
    }

    @GetMapping("/alerts/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("confirmed", follows.confirm(token).orElse(null));
        return "alert/confirmed";
    }

    @GetMapping("/alerts/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        model.addAttribute("follow", follows.byUnsubscribeToken(token).orElse(null));
        model.addAttribute("token", token);
        return "alert/unsubscribe";
    }

    @PostMapping("/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("follow", follows.unsubscribe(token).orElse(null));
        model.addAttribute("done", true);
        return "alert/unsubscribe";
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
