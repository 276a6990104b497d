package id.cerita.workflow.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import id.cerita.common.StoryId;
import id.cerita.review.ReviewComments;
import id.cerita.web.ApiController;

/** Review comments on paragraphs of a story's current revision. */
@ApiController
@RequestMapping("/api/stories/{id}/comments")
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
class ReviewApiController {

    private final ReviewComments comments;

    ReviewApiController(ReviewComments comments) {
        this.comments = comments;
    }

    @GetMapping
    List<CommentView> all(@PathVariable StoryId id) {
        return comments.onStory(id).stream().map(CommentView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@capability.granted(authentication, 'WRITE_STORIES')")
    CommentView add(@PathVariable StoryId id, @Valid @RequestBody Commands.Comment command, Principal user) {
        return CommentView.of(comments.comment(id, command.paragraph(), command.text(), user.getName()));
    }

    @PostMapping("/{commentId}/resolve")
    @PreAuthorize("@capability.granted(authentication, 'WRITE_STORIES')")
    CommentView resolve(@PathVariable StoryId id, @PathVariable UUID commentId, Principal user) {
        return CommentView.of(comments.resolve(commentId, user.getName()));
    }
}
