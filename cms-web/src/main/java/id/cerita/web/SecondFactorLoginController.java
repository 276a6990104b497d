package id.cerita.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.audit.AuditLog;
import id.cerita.common.InvalidFieldException;
import id.cerita.user.SecondFactorCheck;
import id.cerita.user.SecondFactorSetup;
import id.cerita.user.SecondFactors;
import id.cerita.web.PendingSignIn.Stage;

/**
 * The second step of signing in, after the password: a code from the authenticator app or a recovery code; or, for
 * an account whose role requires a second factor it does not have yet, setting one up first. Wrong codes count
 * against the same back-off as wrong passwords. Without a sign-in waiting in the session, every page here goes
 * back to the sign-in form.
 */
@Controller
class SecondFactorLoginController {

    static final String CODE_PAGE = "/login/second-factor";
    static final String SET_UP_PAGE = "/login/second-factor/setup";
    private static final String OFFERED = SecondFactorLoginController.class.getName() + ".offered";

    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;
    private final LandingPage landing;
    private final AuditLog audit;

    SecondFactorLoginController(SecondFactors secondFactors, LoginThrottle throttle, LandingPage landing,
            AuditLog audit) {
        this.secondFactors = secondFactors;
        this.audit = audit;
        this.throttle = throttle;
        this.landing = landing;
    }

    @GetMapping(CODE_PAGE)
    String codePage(HttpServletRequest request) {
        Stage stage = PendingSignIn.stage(request);
        if (stage == null) {
            return "redirect:/login";
        }
        return stage == Stage.CODE ? "login-second-factor" : "redirect:" + SET_UP_PAGE;
    }

    @PostMapping(CODE_PAGE)
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) throws IOException, ServletException {
        if (PendingSignIn.stage(request) != Stage.CODE) {
            return "redirect:/login";
        }
        String username = PendingSignIn.authentication(request).getName();
        Duration wait = throttle.secondFactorWait(username, request.getRemoteAddr());
        if (!wait.isZero()) {
            model.addAttribute("throttled", Math.max(1, (wait.toMillis() + 999) / 1000));
            return "login-second-factor";
        }
        SecondFactorCheck check = secondFactors.check(username, code);
        if (!check.passed()) {
            throttle.secondFactorFailed(username, request.getRemoteAddr());
            model.addAttribute("wrongCode", true);
            return "login-second-factor";
        }
        throttle.secondFactorSucceeded(username);
        // login.succeeded was written for the password; this says the sign-in is now complete, and with what
        audit.append(username, "login.second-factor-passed", "user", username,
                (check == SecondFactorCheck.CODE ? "kode" : "kode pemulihan") + ", dari " + request.getRemoteAddr());
        PendingSignIn.complete(request, response, landing);
        return null;
    }

    @GetMapping(SET_UP_PAGE)
    String setUpPage(HttpServletRequest request, Model model) {
        if (PendingSignIn.stage(request) != Stage.SET_UP) {
            return "redirect:/login";
        }
        SecondFactorSetup setup = offered(request);
        model.addAttribute("setup", setup);
        model.addAttribute("qr", QrCodeSvg.dataUrl(setup.otpauthUri()));
        model.addAttribute("action", SET_UP_PAGE);
        model.addAttribute("forced", true);
        return "accounts/second-factor-setup";
    }

    @PostMapping(SET_UP_PAGE)
    String setUp(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        if (PendingSignIn.stage(request) != Stage.SET_UP) {
            return "redirect:/login";
        }
        try {
            List<String> recoveryCodes = secondFactors.confirm(offered(request), code);
            request.getSession().removeAttribute(OFFERED);
            PendingSignIn.setUpDone(request);
            model.addAttribute("recoveryCodes", recoveryCodes);
            return "accounts/second-factor-done";
        }
        catch (InvalidFieldException e) {
            model.addAttribute("wrongCode", true);
            return setUpPage(request, model);
        }
    }

    /** After the recovery codes were shown (once, on the set-up's answer): into Cerita. */
    @PostMapping("/login/second-factor/continue")
    String proceed(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (PendingSignIn.stage(request) != Stage.SET_UP_DONE) {
            return "redirect:/login";
        }
        String username = PendingSignIn.authentication(request).getName();
        audit.append(username, "login.second-factor-passed", "user", username,
                "baru disiapkan, dari " + request.getRemoteAddr());
        PendingSignIn.complete(request, response, landing);
        return null;
    }

    /** The secret offered stays the same across reloads of the set-up page, until it is confirmed. */
    private SecondFactorSetup offered(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Authentication pending = PendingSignIn.authentication(request);
        if (!(session.getAttribute(OFFERED) instanceof SecondFactorSetup setup)
                || !setup.username().equals(pending.getName())) {
            SecondFactorSetup fresh = secondFactors.offer(pending.getName());
            session.setAttribute(OFFERED, fresh);
            return fresh;
        }
        return setup;
    }
}
