package id.cerita.alumni;

/** How a consent was obtained: what its evidence is. */
public enum ConsentMethod {
    /** A paper form the alumnus signed (its scan or photo is the evidence). */
    SIGNED_FORM,
    /** Said in person and written down by staff, e.g. at a temu alumni. */
    IN_PERSON,
    /** Given on the phone or by WhatsApp message. */
    PHONE_OR_MESSAGE,
    /** Given by the alumnus themself on the private story check link. */
    PRIVATE_LINK
}
