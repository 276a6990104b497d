package id.cerita.story;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

import id.cerita.common.PlainText;

/** Media coverage the story draws on. */
@Table("story_source")
public record SourceReference(@NotBlank @Size(max = StoryLimits.SOURCE_OUTLET) @PlainText String outlet,
        @NotBlank @Size(max = StoryLimits.SOURCE_TITLE) @PlainText String title,
        @Size(max = StoryLimits.SOURCE_URL) @PlainText
        @Pattern(regexp = "https?://.+", message = "harus berupa tautan http(s)") String url,
        LocalDate publishedOn) {
}
