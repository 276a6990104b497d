package id.cerita.common;

/** Something addressed by its identifier does not exist (HTTP 404 at the edge). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
