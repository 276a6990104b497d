package id.cerita.alumni;

/** A stored evidence file: its private storage name, checked content type and the name it was uploaded with. */
public record EvidenceFile(String storedName, String contentType, String originalName) {
}
