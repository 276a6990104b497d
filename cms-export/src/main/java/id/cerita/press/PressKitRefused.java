package id.cerita.press;

/** No kit for this story and this person, with the reason they are shown. */
public class PressKitRefused extends RuntimeException {

    /** Why a kit was refused; each maps to one answer at the edge. */
    public enum Reason {
        /** No such story. */
        NOT_FOUND,
        /** Not published (or unpublished, archived): nothing to send to the press. */
        NOT_PUBLISHED,
        /** The alumnus has not agreed, or no longer agrees, to press coverage. */
        NO_PRESS_CONSENT,
        /** Under embargo, and the person asking may not see embargoed material. */
        EMBARGOED
    }

    private final Reason reason;

    public PressKitRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
