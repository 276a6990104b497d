package id.cerita.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.Identifier;
import id.cerita.common.MediaId;
import id.cerita.common.ProviderId;
import id.cerita.common.StoryId;

/**
 * Reads typed identifiers from paths, query parameters and form fields; Boot adds every {@link GenericConverter} bean
 * to MVC's conversion service. Written out rather than left to Spring's factory-method lookup because a form's empty
 * choice ("") must read as no choice, as it did for a bare UUID, not as a malformed id.
 */
@Component
class TypedIdentifiers implements GenericConverter {

    private static final Map<Class<?>, Function<UUID, Object>> TYPES = Map.of(StoryId.class, StoryId::new,
            AlumnusId.class, AlumnusId::new, MediaId.class, MediaId::new, CourseId.class, CourseId::new,
            ProviderId.class, ProviderId::new, GatheringId.class, GatheringId::new);

    /** A UUID or one of the typed identifiers: what an error message calls "a UUID". */
    static boolean isIdentifier(Class<?> type) {
        return type == UUID.class || Identifier.class.isAssignableFrom(type);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return TYPES.keySet().stream().map(type -> new ConvertiblePair(String.class, type)).collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String text = (String) source;
        return text == null || text.isBlank() ? null : TYPES.get(targetType.getType()).apply(UUID.fromString(text.strip()));
    }
}
