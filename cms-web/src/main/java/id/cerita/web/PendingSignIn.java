package id.cerita.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A sign-in whose password was right but whose second factor is still to come. The authentication is kept aside in
 * the session, not in its security context: until {@link #complete} the session is anonymous to every filter chain
 * (pages, API, press room), so nothing but the permitted pages (the second-factor pages, sign-out, static files) can
 * be reached, without a rule to remember in each chain.
 */
final class PendingSignIn {

    private static final String AUTHENTICATION = PendingSignIn.class.getName() + ".authentication";
    private static final String STAGE = PendingSignIn.class.getName() + ".stage";

    /** What is still missing: a code, a set-up, or only the click past the recovery codes after a set-up. */
    enum Stage {
        CODE, SET_UP, SET_UP_DONE
    }

    private PendingSignIn() {
    }

    /** {@code setUp}: the account's role requires a second factor it does not have yet, so it sets one up first. */
    static void hold(HttpServletRequest request, Authentication authentication, boolean setUp) {
        HttpSession session = request.getSession();
        // the form sign-in has just saved the full context: take it back out
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        session.setAttribute(AUTHENTICATION, authentication);
        session.setAttribute(STAGE, setUp ? Stage.SET_UP : Stage.CODE);
    }

    static Authentication authentication(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (Authentication) session.getAttribute(AUTHENTICATION);
    }

    /** Null when no sign-in is waiting in this session. */
    static Stage stage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null || session.getAttribute(AUTHENTICATION) == null ? null
                : (Stage) session.getAttribute(STAGE);
    }

    static void setUpDone(HttpServletRequest request) {
        request.getSession().setAttribute(STAGE, Stage.SET_UP_DONE);
    }

    /** The second factor passed (or was set up): the held authentication becomes the session's, under a new id. */
    static void complete(HttpServletRequest request, HttpServletResponse response, LandingPage landing)
            throws IOException, ServletException {
        Authentication authentication = authentication(request);
        HttpSession session = request.getSession();
        session.removeAttribute(AUTHENTICATION);
        session.removeAttribute(STAGE);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        landing.proceed(request, response, authentication);
    }
}
