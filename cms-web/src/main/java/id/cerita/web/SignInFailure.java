package id.cerita.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** A failed form sign-in goes back to the form: "wait N seconds" when throttled, else "wrong name or password". */
class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    SignInFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof ThrottledAuthenticationProvider.SignInThrottledException throttled) {
            getRedirectStrategy().sendRedirect(request, response, "/login?throttled=" + throttled.seconds());
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
