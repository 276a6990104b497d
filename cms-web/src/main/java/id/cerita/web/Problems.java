package id.cerita.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How every API answer of an error is written: a problem type under one base, and one form of "try again later". */
public final class Problems {

    public static final String TYPE_BASE = "https://cerita.id/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /**
     * 503 with Retry-After (and {@code retryAfterSeconds} for clients that read only the body): something this
     * request needs is away or busy, nothing of the request was kept, and sending it again later will work.
     */
    public static ResponseEntity<ProblemDetail> retryLater(String type, String title, String detail, long seconds) {
        long wait = Math.max(1, seconds);
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail);
        problem.setProperty("retryAfterSeconds", wait);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
