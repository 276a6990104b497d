package id.cerita.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After sign-in: the person's preferred language is applied, then back to the page that asked for it, else the
 * newsroom's dashboard (journalists: the story search).
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String DASHBOARD = "/dashboard";

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
        boolean staff = authentication.getAuthorities().stream().map(a -> a.getAuthority())
            .anyMatch(a -> a.equals("ROLE_WRITER") || a.equals("ROLE_EDITOR") || a.equals("ROLE_ADMIN"));
        return staff ? DASHBOARD : "/search";
    }
}
