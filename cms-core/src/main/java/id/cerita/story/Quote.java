package id.cerita.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.PlainText;

/** Words someone said, with who said it. */
@Table("story_quote")
public record Quote(@NotBlank @Size(max = StoryLimits.QUOTE_TEXT) @PlainText(multiline = true) String text,
        @NotBlank @Size(max = StoryLimits.SPEAKER) @PlainText String speaker,
        @Size(max = StoryLimits.SPEAKER) @PlainText String speakerRole) {
}
