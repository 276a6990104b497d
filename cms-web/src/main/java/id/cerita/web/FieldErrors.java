package id.cerita.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Field name to message for bean validation problems, for a form to show each next to its field. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Map<String, String> of(RuntimeException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        // a domain refusal is ReferenceFormErrors' to word, in the reader's language
        if (e instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                errors.merge(leaf(v.getPropertyPath().toString()), v.getMessage(), (a, b) -> a + "; " + b);
            }
        }
        return errors;
    }

    /** "save.content.title" (method validation) becomes "title", "create.content.quotes[0].text" "quotes[0].text". */
    public static String leaf(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
