package id.cerita.workflow.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.cerita.common.StoryId;
import id.cerita.review.ChangeRequests;
import id.cerita.review.Paragraphs;
import id.cerita.review.ReviewComment;
import id.cerita.review.ReviewComments;
import id.cerita.site.MarkdownRenderer;
import id.cerita.story.Stories;
import id.cerita.story.Story;

/**
 * The reviewer's page: the story as the site will show it (the site's own Markdown renderer), paragraph by paragraph
 * with the review comments in the margin, beside its facts, and the steps open to the reviewer.
 */
@Controller
class ReviewPageController {

    private final Stories stories;
    private final ReviewComments comments;
    private final ChangeRequests changeRequests;
    private final MarkdownRenderer markdown;
    private final StoryFacts facts;

    ReviewPageController(Stories stories, ReviewComments comments, ChangeRequests changeRequests,
            MarkdownRenderer markdown, StoryFacts facts) {
        this.stories = stories;
        this.comments = comments;
        this.changeRequests = changeRequests;
        this.markdown = markdown;
        this.facts = facts;
    }

    /** A paragraph as it will be published (sanitised HTML) with the comments anchored to it. */
    record RenderedParagraph(int index, String html, List<CommentView> comments) {
    }

    @GetMapping("/workflow/stories/{id}/review")
    String review(@PathVariable StoryId id, Authentication user, Model model) {
        Story story = stories.require(id);
        List<ReviewComment> current = comments.onRevision(id, story.currentRevision());
        List<RenderedParagraph> paragraphs = new ArrayList<>();
        for (Paragraphs.Paragraph p : Paragraphs.of(story.body()).all()) {
            paragraphs.add(new RenderedParagraph(p.index(), markdown.toHtml(p.text()), current.stream()
                .filter(c -> c.paragraph() == p.index()).map(CommentView::of).toList()));
        }
        model.addAttribute("story", story);
        model.addAttribute("paragraphs", paragraphs);
        model.addAttribute("facts", facts.of(story));
        model.addAttribute("steps", story.openTransitions(Steps.actor(user)));
        model.addAttribute("changeRequest", changeRequests.latest(id).orElse(null));
        return "review/story";
    }
}
