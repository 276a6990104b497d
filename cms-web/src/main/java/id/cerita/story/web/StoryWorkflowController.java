package id.cerita.story.web;

import java.security.Principal;
import java.util.UUID;

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
import id.cerita.story.Stories;
import id.cerita.story.WorkflowViolationException;

/** The workflow buttons of the editor (fragment story/workflow.html). */
@Controller
class StoryWorkflowController {

    private final Stories stories;
    private final MessageSource messages;

    StoryWorkflowController(Stories stories, MessageSource messages) {
        this.stories = stories;
        this.messages = messages;
    }

    @PostMapping("/stories/{id}/{step:submit|approve|request-changes|publish|unpublish}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String reason,
            Principal user, RedirectAttributes redirect) {
        try {
            Transition.of(step).apply(stories, id, user.getName(), reason);
            String label = messages.getMessage(Transition.of(step).label(), null, LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("notice", messages.getMessage("workflow.done", new Object[] { label },
                    LocaleContextHolder.getLocale()));
        }
        catch (WorkflowViolationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
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
