package id.cerita.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import id.cerita.audit.AuditLog;

/**
 * Sign-ins into the audit log and the login throttle: every interactive sign-in, sign-out and every failed attempt
 * (form, HTTP Basic or API token). Successful HTTP Basic calls on the stateless API are not logged one by one.
 */
@Component
class SecurityAudit {

    private final AuditLog audit;
    private final LoginThrottle throttle;

    SecurityAudit(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.append(name, "login.succeeded", "user", name, from(event.getAuthentication().getDetails()));
    }

    @EventListener
    void passwordAccepted(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(name, ThrottledAuthenticationProvider.address(event.getAuthentication().getDetails()));
        }
        audit.append(name, "login.failed", "user", name, event.getException().getClass().getSimpleName()
                + (from(event.getAuthentication().getDetails()) == null ? "" : ", " + from(event.getAuthentication().getDetails())));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.append(name, "logout", "user", name, null);
    }

    private static String from(Object details) {
        return details instanceof WebAuthenticationDetails web ? "dari " + web.getRemoteAddress() : null;
    }
}
