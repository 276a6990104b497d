package id.cerita.common;

/**
 * Something addressed by its identifier does not exist (HTTP 404 at the edge). Its key is read under
 * {@code problem.not-found.} in the reader's language, with the identifier as argument {0}.
 */
public class NotFoundException extends LocalizedRefusal {

    public NotFoundException(String what, String message, Object... arguments) {
        super("problem.not-found." + what, message, null, arguments);
    }
}
