package id.cerita.press.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.cerita.press.PressKitRefused;

/** A refused kit as an RFC 9457 problem detail: the reason as its type, the explanation as its detail. */
@RestControllerAdvice(assignableTypes = PressKitApiController.class)
class PressKitProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(PressKitRefused e) {
        HttpStatus status = status(e.reason());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("https://cerita.id/problems/press-kit-" + e.reason().name().toLowerCase().replace('_', '-')));
        problem.setTitle("Kit pers tidak tersedia");
        problem.setProperty("reason", e.reason().name());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static HttpStatus status(PressKitRefused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND, NOT_PUBLISHED -> HttpStatus.NOT_FOUND;
            case NO_PRESS_CONSENT -> HttpStatus.CONFLICT;
            case EMBARGOED -> HttpStatus.FORBIDDEN;
        };
    }
}
