package id.cerita.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.cerita.common.StateConflictException;

/** A transition that does not fit the current state (archiving what is archived) as a 409 problem detail. */
@RestControllerAdvice(annotations = ApiController.class)
class StateConflictProblems {

    @ExceptionHandler
    ProblemDetail conflict(StateConflictException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONFLICT, "state-conflict", "Tidak sesuai keadaannya",
                e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }
}
