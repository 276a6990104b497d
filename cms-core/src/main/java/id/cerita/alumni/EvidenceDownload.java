package id.cerita.alumni;

/** An evidence file's bytes, as an editor downloads them. */
public record EvidenceDownload(byte[] content, String contentType, String fileName) {
}
