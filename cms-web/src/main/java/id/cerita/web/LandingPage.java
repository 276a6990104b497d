package id.cerita.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUser;
import id.cerita.user.StaffUsers;

/**
 * After the password: the person's preferred language is applied; an account with a second factor goes on to the
 * code page, one whose role requires a second factor it lacks to its set-up; everyone else (and they, once done)
 * back to the page that asked for sign-in, else their home (newsroom: dashboard, press: press room).
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    private final StaffUsers users;
    private final SecondFactors secondFactors;
    private final LocaleResolver locales;

    LandingPage(StaffUsers users, SecondFactors secondFactors, LocaleResolver locales) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        StaffUser user = users.find(authentication.getName()).orElse(null);
        if (user != null && user.preferredLanguage() != null) {
            locales.setLocale(request, response, "en".equals(user.preferredLanguage())
                    ? Locale.forLanguageTag("en-GB") : Formats.INDONESIAN);
        }
        if (user != null && secondFactors.enabled(user.username())) {
            PendingSignIn.hold(request, authentication, false);
            getRedirectStrategy().sendRedirect(request, response, SecondFactorLoginController.CODE_PAGE);
            return;
        }
        if (user != null && secondFactors.required(user)) {
            PendingSignIn.hold(request, authentication, true);
            getRedirectStrategy().sendRedirect(request, response, SecondFactorLoginController.SET_UP_PAGE);
            return;
        }
        proceed(request, response, authentication);
    }

    /** Where a complete sign-in lands. */
    void proceed(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return Capabilities.home(authentication);
    }
}
