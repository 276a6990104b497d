package id.cerita.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import id.cerita.common.StoryId;

/**
 * Reads a story id from a path, a query parameter or a form field. Boot adds every {@link Converter} bean to MVC's
 * conversion service. Written out rather than left to Spring's factory-method lookup because a form's empty choice
 * ("") must read as no story, as it did for a bare UUID, not as a malformed id.
 */
@Component
class TypedIdentifiers implements Converter<String, StoryId> {

    @Override
    public StoryId convert(String text) {
        return text.isBlank() ? null : StoryId.of(text.strip());
    }
}
