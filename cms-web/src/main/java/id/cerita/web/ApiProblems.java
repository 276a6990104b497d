package id.cerita.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.media.MediaProperties;
import id.cerita.story.StaleStoryException;
import id.cerita.story.WorkflowViolationException;

/**
 * Every API error as an RFC 9457 problem detail. Field problems carry an {@code errors} list of {field, code,
 * message}, so a client can put each message next to its field.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = Problems.TYPE_BASE;
    // a PostgreSQL restart takes a few seconds here (bench/results/load.md)
    private static final long DATABASE_RETRY_SECONDS = 5;

    private final UserMessages messages;
    private final MessageSource messageSource;
    private final MediaProperties media;

    ApiProblems(UserMessages messages, MessageSource messageSource, MediaProperties media) {
        this.messages = messages;
        this.messageSource = messageSource;
        this.media = media;
        setMessageSource(messageSource);
    }

    /** The detail in the language of Accept-Language (Indonesian by default), with the stable code beside it. */
    @ExceptionHandler
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        String detail = messages.of(e, UserMessages.apiLocale(request));
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-field",
                text("problem.title.invalid-field", request), detail);
        problem.setProperty("code", e.code());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "code", e.code(), "message", detail)));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text("problem.title.not-found", request),
                messages.of(e, UserMessages.apiLocale(request)));
    }

    @ExceptionHandler
    ProblemDetail stale(StaleStoryException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "stale-version", text("problem.title.stale-version", request),
                messages.of(e, UserMessages.apiLocale(request)));
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("yourVersion", e.expectedVersion());
        problem.setProperty("lastEditor", e.current().lastEditor());
        problem.setProperty("current", Map.of("title", e.current().title(), "summary", e.current().summary(),
                "body", e.current().body()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentSave(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "stale-version", text("problem.title.concurrent-save", request),
                text("problem.detail.concurrent-save", request));
    }

    /**
     * The database does not answer (a restart, a fail-over): 503 with Retry-After in the caller's language, after at
     * most the pool's 5 s wait for a connection; nothing of the request was kept, so it can be sent again.
     */
    @ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        return databaseUnavailable(messageSource, UserMessages.apiLocale(request));
    }

    /** The database-unavailable answer, also for the filters ({@link ApiSecurityProblems}), which pick the locale. */
    static ResponseEntity<ProblemDetail> databaseUnavailable(MessageSource messageSource, Locale locale) {
        return Problems.retryLater("database-unavailable",
                messageSource.getMessage("hardening.problem.database-unavailable.title", null, locale),
                messageSource.getMessage("hardening.problem.database-unavailable.detail", null, locale),
                DATABASE_RETRY_SECONDS);
    }

    /** Whether an exception, or one it was caused by, says the database does not answer. */
    static boolean databaseAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "duplicate", text("problem.title.duplicate", request),
                text("problem.detail.duplicate", request));
    }

    @ExceptionHandler
    ProblemDetail workflow(WorkflowViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "workflow", text("problem.title.workflow", request),
                messages.of(e, UserMessages.apiLocale(request)));
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail constraint(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", text("problem.title.validation", request),
                text("problem.detail.validation", request));
        problem.setProperty("errors", e.getConstraintViolations().stream()
            .map(v -> Map.of("field", FieldErrors.leaf(v.getPropertyPath().toString()), "code", "invalid", "message", v.getMessage()))
            .toList());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = apiLocale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation",
                messageSource.getMessage("problem.title.validation", null, locale),
                messageSource.getMessage("problem.detail.validation", null, locale));
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
            .map(f -> Map.of("field", f.getField(), "code", String.valueOf(f.getCode()),
                    // a query parameter of the wrong type: what it should be, not the converter's Java message
                    "message", f.contains(TypeMismatchException.class)
                            ? UnreadableJson.expected(f.unwrap(TypeMismatchException.class).getRequiredType(),
                                    messageSource, locale)
                            : String.valueOf(f.getDefaultMessage())))
            .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** Unreadable JSON: the field Jackson stopped at and what it should have been, when there is one. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = apiLocale(request);
        Optional<UnreadableJson> field = UnreadableJson.of(e, messageSource, locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-request",
                messageSource.getMessage("hardening.problem.unreadable.title", null, locale),
                field.map(f -> messageSource.getMessage("hardening.problem.unreadable.field-detail",
                                new Object[] {f.field(), f.message()}, locale))
                        .orElseGet(() -> messageSource.getMessage("hardening.problem.unreadable.detail", null, locale)));
        field.ifPresent(f -> problem.setProperty("errors", List.of(f.asError())));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** A path variable or request parameter of the wrong type (a UUID that is none, an unknown enum value). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = apiLocale(request);
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : String.valueOf(e.getPropertyName());
        String expected = UnreadableJson.expected(e.getRequiredType(), messageSource, locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                messageSource.getMessage("hardening.problem.invalid-parameter.title", null, locale),
                messageSource.getMessage("hardening.problem.unreadable.field-detail", new Object[] {field, expected}, locale));
        problem.setProperty("errors", List.of(Map.of("field", field, "code", "type", "message", expected)));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** Over the one upload limit, {@code cerita.media.max-upload-bytes}, which is also the multipart limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = apiLocale(request);
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                messageSource.getMessage("hardening.problem.upload-too-large.title", null, locale),
                messageSource.getMessage("hardening.problem.upload-too-large.detail",
                        new Object[] {media.maxUploadBytes() / (1024 * 1024)}, locale));
        problem.setProperty("maxBytes", media.maxUploadBytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers).body(problem);
    }

    /** Spring MVC's own problems (404, 405, 415, …) get a Cerita type and a title in the caller's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse standard) {
            // the detail too in the caller's language (Spring resolves it in the UI's locale by default)
            body = standard.updateAndGetBody(messageSource, apiLocale(request));
        }
        ResponseEntity<Object> entity = super.handleExceptionInternal(e, body, headers, status, request);
        if (entity != null && entity.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setType(URI.create(TYPE_BASE + (known == null ? "error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            problem.setTitle(messageSource.getMessage("hardening.problem.status." + status.value(), null,
                    problem.getTitle(), apiLocale(request)));
        }
        return entity;
    }

    /** Spring MVC's problems in the caller's language ({@link UserMessages#problemLocale}). */
    private static Locale apiLocale(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? UserMessages.problemLocale(servlet.getRequest())
                : LocaleContextHolder.getLocale();
    }

    /** A title or detail of this class's own, in the API's language ({@link UserMessages#apiLocale}). */
    private String text(String key, HttpServletRequest request) {
        return messageSource.getMessage(key, null, UserMessages.apiLocale(request));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return Problems.of(status, type, title, detail);
    }
}
