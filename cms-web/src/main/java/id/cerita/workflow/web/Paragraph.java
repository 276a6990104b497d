package id.cerita.workflow.web;

import java.util.ArrayList;
import java.util.List;

import id.cerita.review.Paragraphs;
import id.cerita.review.ReviewComment;

/** A paragraph of the current body with the review comments anchored to it in the current revision. */
record Paragraph(int index, String text, List<CommentView> comments) {

    static List<Paragraph> of(String body, List<ReviewComment> comments, int revision) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraphs.Paragraph p : Paragraphs.of(body).all()) {
            paragraphs.add(new Paragraph(p.index(), p.text(), comments.stream()
                .filter(c -> c.revision() == revision && c.paragraph() == p.index()).map(CommentView::of).toList()));
        }
        return paragraphs;
    }
}
