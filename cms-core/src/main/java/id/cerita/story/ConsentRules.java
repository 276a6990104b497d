package id.cerita.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;

/** Whether the consent of the person a story is about covers publishing it. Stories about no one need none. */
@Component
class ConsentRules {

    private final Alumni alumni;
    private final Clock clock;

    ConsentRules(Alumni alumni, Clock clock) {
        this.alumni = alumni;
        this.clock = clock;
    }

    boolean coversPublication(Story story) {
        return covers(story, Audience.PUBLIC_SITE.requiredScopes());
    }

    boolean coversPress(Story story) {
        return covers(story, Audience.PRESS.requiredScopes());
    }

    void requireForPublication(Story story) {
        if (!coversPublication(story)) {
            Set<ConsentScope> missing = EnumSet.copyOf(Audience.PUBLIC_SITE.requiredScopes());
            missing.removeAll(alumni.require(story.alumnusId()).consentedScopesOn(LocalDate.now(clock)));
            // one argument, the list of scope names, each in the reader's language (scope.* keys of the web bundles)
            List<DefaultMessageSourceResolvable> names = missing.stream()
                .map(scope -> new DefaultMessageSourceResolvable(new String[] { "scope." + scope.name() }, scope.name()))
                .toList();
            throw new WorkflowViolationException("publish.consent", "workflow.problem.publish.consent",
                    "Persetujuan alumni belum mencakup " + missing + ": cerita ini belum dapat diterbitkan", names);
        }
    }

    private boolean covers(Story story, Set<ConsentScope> needed) {
        return story.alumnusId() == null
                || alumni.require(story.alumnusId()).consentCovers(needed, LocalDate.now(clock));
    }
}
