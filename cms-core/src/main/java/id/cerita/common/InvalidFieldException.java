package id.cerita.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A command named something that does not exist or may not be used: an unknown region code, a slug already taken.
 * Carries the field so that the API can answer with a field-level problem detail, and a message key
 * ({@code field.problem.<code>}) so that each user reads it in their language; the Indonesian text is the default.
 */
public class InvalidFieldException extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String code;

    public InvalidFieldException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[] { "field.problem." + code };
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
