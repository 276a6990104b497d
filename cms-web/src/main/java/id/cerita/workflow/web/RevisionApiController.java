package id.cerita.workflow.web;

import java.security.Principal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.cerita.common.StoryId;
import id.cerita.revision.RevisionComparison;
import id.cerita.revision.RevisionSummary;
import id.cerita.revision.Revisions;
import id.cerita.story.Stories;
import id.cerita.web.ApiController;

/** A story's history: the list of revisions, a word-level diff of any two, and restoring one as a new revision. */
@ApiController
@RequestMapping("/api/stories/{id}/revisions")
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
class RevisionApiController {

    private final Revisions revisions;
    private final Stories stories;

    RevisionApiController(Revisions revisions, Stories stories) {
        this.revisions = revisions;
        this.stories = stories;
    }

    @GetMapping
    List<RevisionSummary> history(@PathVariable StoryId id) {
        stories.require(id);
        return revisions.history(id);
    }

    @GetMapping("/compare")
    RevisionComparison compare(@PathVariable StoryId id, @RequestParam int from, @RequestParam int to) {
        return revisions.compare(id, from, to);
    }

    @PostMapping("/{number}/restore")
    @PreAuthorize("@capability.granted(authentication, 'WRITE_STORIES')")
    WorkflowState restore(@PathVariable StoryId id, @PathVariable int number, @RequestBody Commands.Restore command,
            Principal user) {
        return WorkflowState.of(stories.restore(id, command.expectedVersion(), number, user.getName()));
    }
}
