package id.cerita.story;

import org.springframework.data.relational.core.mapping.Table;

@Table("story_theme")
public record ThemeRef(String themeCode) {
}
