package id.cerita.workflow.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

import id.cerita.common.StoryId;
import id.cerita.story.Stories;
import id.cerita.web.ApiController;

/**
 * The steps of the workflow the story API does not offer itself: scheduling and embargoes. (Submit, approve, request
 * changes, publish and unpublish are on {@code /api/stories/{id}/{step}}.)
 */
@ApiController
@RequestMapping("/api/stories/{id}")
@PreAuthorize("@capability.granted(authentication, 'REVIEW_STORIES')")
class WorkflowApiController {

    private final Stories stories;

    WorkflowApiController(Stories stories) {
        this.stories = stories;
    }

    @PostMapping("/schedule")
    WorkflowState schedule(@PathVariable StoryId id, @Valid @RequestBody Commands.Schedule command, Principal user) {
        return WorkflowState.of(stories.schedule(id, command.publishAt(), Zones.of(command.zone()), user.getName()));
    }

    @PostMapping("/unschedule")
    WorkflowState unschedule(@PathVariable StoryId id, Principal user) {
        return WorkflowState.of(stories.unschedule(id, user.getName()));
    }

    @PostMapping("/embargo")
    WorkflowState embargo(@PathVariable StoryId id, @Valid @RequestBody Commands.Embargo command, Principal user) {
        return WorkflowState.of(stories.embargo(id, command.until().atZone(Zones.of(command.zone())).toInstant(),
                user.getName()));
    }

    @PostMapping("/embargo/lift")
    WorkflowState lift(@PathVariable StoryId id, @Valid @RequestBody Commands.Lift command, Principal user) {
        return WorkflowState.of(stories.liftEmbargo(id, user.getName(), command.reason()));
    }
}
