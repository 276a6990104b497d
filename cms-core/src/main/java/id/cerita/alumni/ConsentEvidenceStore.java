package id.cerita.alumni;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.cerita.common.CeritaProperties;
import id.cerita.common.InvalidFieldException;

/**
 * Signed consent forms and photos of them, kept privately under {@code <data-dir>/private/consent-evidence}: outside
 * the media library and every export, and served only through the alumni pages to editors and admins. A file is
 * accepted by its content (PDF, JPEG or PNG signature), whatever its name or declared type says.
 */
@Component
class ConsentEvidenceStore {

    static final long MAX_BYTES = 15L * 1024 * 1024;

    private final Path directory;

    ConsentEvidenceStore(CeritaProperties settings) {
        this.directory = settings.folder("private", "consent-evidence");
    }

    EvidenceFile store(byte[] content, String originalName) {
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("evidenceFile", "consent.evidence-empty", "Berkas bukti kosong");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidFieldException("evidenceFile", "consent.evidence-too-large",
                    "Berkas bukti terlalu besar (paling besar 15 MB)");
        }
        Kind kind = Kind.of(content).orElseThrow(() -> new InvalidFieldException("evidenceFile",
                "consent.evidence-type", "Berkas bukti harus PDF, JPEG atau PNG (isi berkas diperiksa, bukan hanya namanya)"));
        String stored = UUID.randomUUID() + "." + kind.extension;
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(stored), content, StandardOpenOption.CREATE_NEW);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = originalName == null || originalName.isBlank() ? stored
                : Path.of(originalName).getFileName().toString();
        return new EvidenceFile(stored, kind.contentType, name.length() > 200 ? name.substring(0, 200) : name);
    }

    byte[] read(String storedName) {
        Path file = directory.resolve(storedName).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalArgumentException("Not an evidence file: " + storedName);
        }
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    enum Kind {
        PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
        JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
        PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

        final String contentType;
        final String extension;
        private final byte[] signature;

        Kind(String contentType, String extension, byte[] signature) {
            this.contentType = contentType;
            this.extension = extension;
            this.signature = signature;
        }

        static Optional<Kind> of(byte[] content) {
            return Arrays.stream(values())
                .filter(k -> content.length >= k.signature.length
                        && Arrays.equals(Arrays.copyOf(content, k.signature.length), k.signature))
                .findFirst();
        }
    }
}
