package id.cerita.common;


/**
 * A command named something that does not exist or may not be used: an unknown region code, a slug already taken.
 * Carries the field so that the API can answer with a field-level problem detail, and a message key
 * ({@code field.problem.<code>}) so that each user reads it in their language; the Indonesian text is the default.
 */
public class InvalidFieldException extends LocalizedRefusal {

    private final String field;
    private final String code;

    public InvalidFieldException(String field, String code, String message) {
        super("field.problem." + code, message, null);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
