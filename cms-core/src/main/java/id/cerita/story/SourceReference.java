package id.cerita.story;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** Media coverage the story draws on. */
@Table("story_source")
public record SourceReference(@NotBlank @Size(max = 200) String outlet, @NotBlank @Size(max = 500) String title,
        @Size(max = 1000) @Pattern(regexp = "https?://.+", message = "harus berupa tautan http(s)") String url,
        LocalDate publishedOn) {
}
