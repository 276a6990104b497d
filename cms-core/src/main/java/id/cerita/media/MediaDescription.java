package id.cerita.media;

import java.util.Set;

import jakarta.validation.constraints.Size;

import id.cerita.common.AlumnusId;
import id.cerita.common.PlainText;

/** What an editor says about an image. Alt text may wait, but a story cannot be published with the image until it is there. */
public record MediaDescription(
        @Size(max = 500) @PlainText String altText,
        @Size(max = 2000) @PlainText(multiline = true) String caption,
        @Size(max = 300) @PlainText String credit,
        @Size(max = 300) @PlainText String copyrightHolder,
        @Size(max = 50, message = "{cerita.list.size}") Set<AlumnusId> peopleShown) {

    public MediaDescription {
        altText = blankToNull(altText);
        caption = blankToNull(caption);
        credit = blankToNull(credit);
        copyrightHolder = blankToNull(copyrightHolder);
        peopleShown = peopleShown == null ? Set.of() : Set.copyOf(peopleShown);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
