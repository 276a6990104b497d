package id.cerita.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;

/** Whether the consent of the person a story is about covers publishing it. Stories about no one need none. */
@Component
class ConsentRules {

    private final Alumni alumni;
    private final Clock clock;
    private final MessageSource messages;

    ConsentRules(Alumni alumni, Clock clock, MessageSource messages) {
        this.alumni = alumni;
        this.clock = clock;
        this.messages = messages;
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
            // in the reader's language when the web layer's bundles know the words (alumni bundle), else Indonesian
            java.util.Locale locale = LocaleContextHolder.getLocale();
            String names = missing.stream().map(s -> messages.getMessage("scope." + s.name(), null, s.name(), locale))
                .collect(java.util.stream.Collectors.joining(", "));
            throw new WorkflowViolationException("publish.consent", messages.getMessage("consent.publish.missing",
                    new Object[] { names }, "Persetujuan alumni belum mencakup " + missing
                            + ": cerita ini belum dapat diterbitkan", locale));
        }
    }

    private boolean covers(Story story, Set<ConsentScope> needed) {
        return story.alumnusId() == null
                || alumni.require(story.alumnusId()).consentCovers(needed, LocalDate.now(clock));
    }
}
