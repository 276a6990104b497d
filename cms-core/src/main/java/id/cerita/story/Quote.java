package id.cerita.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.relational.core.mapping.Table;

/** Words someone said, with who said it. */
@Table("story_quote")
public record Quote(@NotBlank @Size(max = 2000) String text, @NotBlank @Size(max = 200) String speaker,
        @Size(max = 200) String speakerRole) {
}
