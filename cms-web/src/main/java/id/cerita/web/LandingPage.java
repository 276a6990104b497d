package id.cerita.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** After sign-in: back to the page that asked for it, else the newsroom's dashboard (journalists: the API docs). */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String DASHBOARD = "/dashboard";

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        boolean staff = authentication.getAuthorities().stream().map(a -> a.getAuthority())
            .anyMatch(a -> a.equals("ROLE_WRITER") || a.equals("ROLE_EDITOR") || a.equals("ROLE_ADMIN"));
        return staff ? DASHBOARD : "/api/docs";
    }
}
