package id.cerita.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

import id.cerita.common.InvalidFieldException;

/**
 * What Jackson could not read in a request body, said as a field error: the path of the field as the client sent it
 * ({@code language}, {@code sources[0].publishedOn}) and what it should have been (the enum's values, a UUID, a
 * date as YYYY-MM-DD), in the caller's language.
 */
record UnreadableJson(String field, String code, String message) {

    static Optional<UnreadableJson> of(Throwable failure, MessageSource messages, Locale locale) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) {
            return Optional.empty();
        }
        String path = path(jackson.getPath());
        InvalidFieldException invalid = find(jackson, InvalidFieldException.class);
        if (invalid != null) { // a record's own check, failing while Jackson built it
            return Optional.of(new UnreadableJson(path.isEmpty() ? invalid.field() : path + "." + invalid.field(),
                    invalid.code(), invalid.getMessage()));
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (jackson instanceof PropertyBindingException) {
            return Optional.of(new UnreadableJson(path, "unknown",
                    messages.getMessage("hardening.json.unknown", null, locale)));
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Optional.of(new UnreadableJson(path, "type", expected(mismatch.getTargetType(), messages, locale)));
        }
        return Optional.of(new UnreadableJson(path, "unreadable", messages.getMessage("hardening.json.unreadable", null, locale)));
    }

    Map<String, String> asError() {
        return Map.of("field", field, "code", code, "message", message);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : references) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * What a value should have been, in a body or a parameter: one of the enum's names, or a kind (a UUID, a number,
     * a date).
     */
    static String expected(Class<?> type, MessageSource messages, Locale locale) {
        if (type != null && type.isEnum()) {
            return messages.getMessage("hardening.json.enum", new Object[] {Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))}, locale);
        }
        return messages.getMessage("hardening.json.type", new Object[] {type == null ? "?"
                : messages.getMessage("hardening.json.type." + kind(type), null, type.getSimpleName(), locale)}, locale);
    }

    /** The kind a message names for a type: "uuid", "date", "number", … (keys {@code hardening.json.type.*}). */
    private static String kind(Class<?> type) {
        if (TypedIdentifiers.isIdentifier(type)) {
            return "uuid";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
            return "datetime";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        return "object";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
