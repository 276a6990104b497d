package id.cerita.story.web;

import java.security.Principal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.NotFoundException;
import id.cerita.common.InvalidFieldException;
import id.cerita.common.StoryId;
import id.cerita.story.StoryTransitions;
import id.cerita.story.Transition;
import id.cerita.story.WorkflowViolationException;
import id.cerita.web.UserMessages;

/** The workflow buttons of the editor (fragment story/workflow.html). */
@Controller
class StoryWorkflowController {

    private final StoryTransitions transitions;
    private final MessageSource messages;
    private final UserMessages problems;

    StoryWorkflowController(StoryTransitions transitions, MessageSource messages, UserMessages problems) {
        this.transitions = transitions;
        this.messages = messages;
        this.problems = problems;
    }

    @PostMapping("/stories/{id}/{step:submit|approve|request-changes|publish|unpublish}")
    String step(@PathVariable StoryId id, @PathVariable String step, @RequestParam(required = false) String reason,
            Principal user, RedirectAttributes redirect) {
        try {
            Transition transition = Transition.byPath(step).orElseThrow(() -> new NotFoundException("step", "Langkah tidak dikenal: " + step, step));
            transitions.take(transition, id, user.getName(), reason);
            String label = messages.getMessage(transition.labelKey(), null, LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("notice", messages.getMessage("workflow.done", new Object[] { label },
                    LocaleContextHolder.getLocale()));
        }
        catch (WorkflowViolationException | InvalidFieldException e) {
            redirect.addFlashAttribute("problem", problems.of(e));
        }
        catch (AccessDeniedException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("workflow.notAllowed", null,
                    LocaleContextHolder.getLocale()));
        }
        catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return "redirect:/stories/" + id;
    }
}
