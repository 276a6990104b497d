package id.cerita.consent;

import java.util.Set;

import id.cerita.alumni.ConsentScope;

/** What the alumnus answered: whether the facts are right (or what to correct) and each scope given or declined. */
public record CheckAnswer(boolean factsConfirmed, String correction, Set<ConsentScope> granted,
        Set<ConsentScope> declined) {
}
