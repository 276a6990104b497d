package id.cerita.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After sign-in: the person's preferred language is applied, then back to the page that asked for it, else the
 * person's home (newsroom: dashboard, press: press room).
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    private final id.cerita.user.StaffUsers users;
    private final org.springframework.web.servlet.LocaleResolver locales;

    LandingPage(id.cerita.user.StaffUsers users, org.springframework.web.servlet.LocaleResolver locales) {
        this.users = users;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws java.io.IOException, jakarta.servlet.ServletException {
        users.find(authentication.getName()).map(id.cerita.user.StaffUser::preferredLanguage).ifPresent(lang ->
                locales.setLocale(request, response, "en".equals(lang) ? java.util.Locale.forLanguageTag("en-GB")
                        : Formats.INDONESIAN));
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return Capabilities.home(authentication);
    }
}
