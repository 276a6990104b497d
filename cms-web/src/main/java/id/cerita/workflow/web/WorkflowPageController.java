package id.cerita.workflow.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.NotFoundException;
import id.cerita.common.StoryId;
import id.cerita.review.ReviewComments;
import id.cerita.revision.Revisions;
import id.cerita.story.StaleStoryException;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryTransitions;
import id.cerita.story.Transition;
import id.cerita.story.WorkflowViolationException;
import id.cerita.web.UserMessages;
import id.cerita.workflow.EditLocks;
import id.cerita.common.ProgrammeZone;

/**
 * A story's workflow page: its state, the steps open to you, schedule and embargo, quick text correction, history
 * with diffs of every field and restore, review comments per paragraph, and who is editing.
 */
@Controller
class WorkflowPageController {

    static final List<String> ZONES = List.of(ProgrammeZone.NAME, "Asia/Makassar", "Asia/Jayapura", "UTC");

    private final Stories stories;
    private final StoryTransitions transitions;
    private final Revisions revisions;
    private final ReviewComments comments;
    private final EditLocks locks;
    private final UserMessages messages;

    record HistoryRow(int number, String author, String when, String note) {
    }

    WorkflowPageController(Stories stories, StoryTransitions transitions, Revisions revisions,
            ReviewComments comments, EditLocks locks, UserMessages messages) {
        this.stories = stories;
        this.transitions = transitions;
        this.revisions = revisions;
        this.comments = comments;
        this.locks = locks;
        this.messages = messages;
    }

    @GetMapping("/workflow/stories/{id}")
    String page(@PathVariable StoryId id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Authentication user, Model model) {
        Story story = stories.require(id);
        model.addAttribute("story", story);
        model.addAttribute("steps", story.openTransitions(Steps.actor(user)));
        model.addAttribute("scheduledAt", Times.format(story.scheduledAt(), story.scheduleZone()));
        model.addAttribute("embargoUntil", Times.format(story.embargoUntil(), null));
        model.addAttribute("history", revisions.history(id).stream()
            .map(r -> new HistoryRow(r.number(), r.author(), Times.format(r.createdAt(), null), r.note())).toList());
        model.addAttribute("paragraphs", Paragraph.of(story.body(), comments.onStory(id), story.currentRevision()));
        model.addAttribute("olderComments", comments.onStory(id).stream()
            .filter(c -> c.revision() != story.currentRevision()).map(CommentView::of).toList());
        locks.current(id).ifPresent(lock -> {
            model.addAttribute("lock", lock);
            model.addAttribute("lockUntil", Times.format(lock.expiresAt(), null));
        });
        model.addAttribute("zones", ZONES);
        model.addAttribute("me", user.getName());
        if (from != null && to != null) {
            model.addAttribute("diff", revisions.compare(id, from, to));
        }
        return "workflow/story";
    }

    /** A step by its name; {@code back=review} returns to the review page. */
    @PostMapping("/workflow/stories/{id}/steps/{step:submit|approve|request-changes|publish|unpublish|unschedule|archive}")
    String step(@PathVariable StoryId id, @PathVariable String step, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, Principal user, RedirectAttributes redirect) {
        Transition transition = Transition.byPath(step).orElseThrow(() -> new NotFoundException("step", "Langkah tidak dikenal: " + step, step));
        return act(id, back, redirect, messages.get("review.done", messages.get(transition.labelKey())),
                () -> transitions.take(transition, id, user.getName(), reason));
    }

    @PostMapping("/workflow/stories/{id}/schedule")
    String schedule(@PathVariable StoryId id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
            @RequestParam(required = false) String zone, Principal user, RedirectAttributes redirect) {
        return act(id, null, redirect, messages.get("review.scheduled"),
                () -> stories.schedule(id, publishAt, Zones.of(zone), user.getName()));
    }

    @PostMapping("/workflow/stories/{id}/embargo")
    String embargo(@PathVariable StoryId id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime until,
            @RequestParam(required = false) String zone, Principal user, RedirectAttributes redirect) {
        return act(id, null, redirect, messages.get("review.embargoed"),
                () -> stories.embargo(id, until.atZone(Zones.of(zone)).toInstant(), user.getName()));
    }

    @PostMapping("/workflow/stories/{id}/embargo/lift")
    String lift(@PathVariable StoryId id, @RequestParam String reason, Principal user, RedirectAttributes redirect) {
        return act(id, null, redirect, messages.get("review.embargoLifted"),
                () -> stories.liftEmbargo(id, user.getName(), reason));
    }

    /** A quick correction of title, summary and body; everything else stays as it is. */
    @PostMapping("/workflow/stories/{id}/text")
    String correct(@PathVariable StoryId id, @RequestParam long version, @RequestParam String title,
            @RequestParam String summary, @RequestParam String body, Principal user, RedirectAttributes redirect) {
        return act(id, null, redirect, messages.get("review.corrected"), () -> {
            StoryContent c = stories.require(id).content();
            return stories.save(id, version, new StoryContent(c.language(), title, c.slug(), summary, body,
                    c.alumnusId(), c.regionCode(), c.gatheringId(), c.courseIds(), c.themeCodes(), c.quotes(),
                    c.outcomes(), c.sources()), user.getName());
        });
    }

    @PostMapping("/workflow/stories/{id}/revisions/{number}/restore")
    String restore(@PathVariable StoryId id, @PathVariable int number, @RequestParam long version, Principal user,
            RedirectAttributes redirect) {
        return act(id, null, redirect, messages.get("review.restored", number),
                () -> stories.restore(id, version, number, user.getName()));
    }

    @PostMapping("/workflow/stories/{id}/comments")
    String comment(@PathVariable StoryId id, @RequestParam int paragraph, @RequestParam String text,
            @RequestParam(required = false) String back, Principal user, RedirectAttributes redirect) {
        return act(id, back, redirect, messages.get("review.commented"),
                () -> comments.comment(id, paragraph, text, user.getName()));
    }

    @PostMapping("/workflow/stories/{id}/comments/{commentId}/resolve")
    String resolve(@PathVariable StoryId id, @PathVariable UUID commentId, @RequestParam(required = false) String back,
            Principal user, RedirectAttributes redirect) {
        return act(id, back, redirect, messages.get("review.resolved"),
                () -> comments.resolve(commentId, user.getName()));
    }

    @PostMapping("/workflow/stories/{id}/lock")
    String lock(@PathVariable StoryId id, @RequestParam(defaultValue = "false") boolean takeover, Principal user,
            RedirectAttributes redirect) {
        return act(id, null, redirect, messages.get(takeover ? "review.tookOver" : "review.locked"),
                () -> locks.acquire(id, user.getName(), takeover));
    }

    private String act(StoryId id, String back, RedirectAttributes redirect, String done, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", done);
        }
        catch (WorkflowViolationException | InvalidFieldException | StaleStoryException e) {
            redirect.addFlashAttribute("problem", messages.of(e));
        }
        catch (AccessDeniedException e) {
            redirect.addFlashAttribute("problem", messages.get("workflow.notAllowed"));
        }
        return "redirect:" + Steps.back(id, back);
    }
}
