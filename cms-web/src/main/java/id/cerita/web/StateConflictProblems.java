package id.cerita.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.cerita.common.StateConflictException;

/** A transition that does not fit the current state (archiving what is archived) as a 409 problem detail. */
@RestControllerAdvice(annotations = ApiController.class)
class StateConflictProblems {

    private final UserMessages messages;
    private final MessageSource messageSource;

    StateConflictProblems(UserMessages messages, MessageSource messageSource) {
        this.messages = messages;
        this.messageSource = messageSource;
    }

    @ExceptionHandler
    ProblemDetail conflict(StateConflictException e, HttpServletRequest request) {
        var locale = UserMessages.apiLocale(request);
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "state-conflict",
                messageSource.getMessage("problem.title.state-conflict", null, locale), messages.of(e, locale));
        problem.setProperty("code", e.code());
        return problem;
    }
}
