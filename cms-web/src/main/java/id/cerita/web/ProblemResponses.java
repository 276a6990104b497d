package id.cerita.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Writes a problem detail straight to the servlet response, with the same JSON converter the controllers use: for
 * errors raised outside any API controller (Spring Security's filters, the handler lookup, the multipart parser).
 */
@Component
class ProblemResponses {

    private final ObjectProvider<RequestMappingHandlerAdapter> mvc;

    ProblemResponses(ObjectProvider<RequestMappingHandlerAdapter> mvc) {
        this.mvc = mvc;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The API, or a page's script that asks for problem details (the media upload page does). */
    static boolean wantsProblem(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return isApi(request) || (accept != null && accept.contains(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    void write(ResponseEntity<?> entity, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object body = entity.getBody();
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        write(entity.getStatusCode(), entity, body, response);
    }

    @SuppressWarnings("unchecked")
    private void write(HttpStatusCode status, ResponseEntity<?> entity, Object body, HttpServletResponse response)
            throws IOException {
        try (ServletServerHttpResponse out = new ServletServerHttpResponse(response)) {
            out.setStatusCode(status);
            out.getHeaders().putAll(entity.getHeaders());
            if (body == null) {
                return;
            }
            for (HttpMessageConverter<?> converter : mvc.getObject().getMessageConverters()) {
                if (converter.canWrite(body.getClass(), MediaType.APPLICATION_PROBLEM_JSON)) {
                    ((HttpMessageConverter<Object>) converter).write(body, MediaType.APPLICATION_PROBLEM_JSON, out);
                    return;
                }
            }
            throw new IllegalStateException("no converter writes " + body.getClass() + " as application/problem+json");
        }
    }
}
