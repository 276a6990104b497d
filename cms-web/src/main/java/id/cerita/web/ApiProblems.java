package id.cerita.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.story.StaleStoryException;
import id.cerita.story.WorkflowViolationException;

/**
 * Every API error as an RFC 9457 problem detail. Field problems carry an {@code errors} list of {field, code,
 * message}, so a client can put each message next to its field.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://cerita.id/problems/";

    private final UserMessages messages;

    ApiProblems(UserMessages messages) {
        this.messages = messages;
    }

    /** The detail in the language of Accept-Language (Indonesian by default), with the stable code beside it. */
    @ExceptionHandler
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        String detail = messages.of(e, UserMessages.apiLocale(request));
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field", "Isian tidak valid", detail);
        problem.setProperty("code", e.code());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "code", e.code(), "message", detail)));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Tidak ditemukan", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail stale(StaleStoryException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", "Cerita sudah diubah orang lain", e.getMessage());
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("yourVersion", e.expectedVersion());
        problem.setProperty("lastEditor", e.current().lastEditor());
        problem.setProperty("current", Map.of("title", e.current().title(), "summary", e.current().summary(),
                "body", e.current().body()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentSave(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "stale-version", "Cerita sudah diubah orang lain",
                "Orang lain menyimpan cerita ini pada saat yang sama. Muat ulang untuk melihat perubahannya; suntingan Anda belum disimpan.");
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "duplicate", "Sudah ada", "Data dengan nama atau slug yang sama sudah ada.");
    }

    @ExceptionHandler
    ProblemDetail workflow(WorkflowViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "workflow", "Langkah tidak diizinkan",
                messages.of(e, UserMessages.apiLocale(request)));
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail constraint(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Isian tidak valid", "Beberapa isian tidak valid.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
            .map(v -> Map.of("field", FieldErrors.leaf(v.getPropertyPath().toString()), "code", "invalid", "message", v.getMessage()))
            .toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Isian tidak valid", "Beberapa isian tidak valid.");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
            .map(f -> Map.of("field", f.getField(), "code", String.valueOf(f.getCode()),
                    "message", String.valueOf(f.getDefaultMessage())))
            .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
