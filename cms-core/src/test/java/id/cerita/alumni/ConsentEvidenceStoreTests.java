package id.cerita.alumni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cerita.common.InvalidFieldException;

class ConsentEvidenceStoreTests {

    @TempDir
    Path data;

    @Test
    void acceptsPdfJpegAndPngByTheirContentAndKeepsThemUnderThePrivateFolder() {
        ConsentEvidenceStore store = new ConsentEvidenceStore(new id.cerita.common.CeritaProperties(data));
        EvidenceFile pdf = store.store("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "scan.bin");
        EvidenceFile jpeg = store.store(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 }, "foto");
        EvidenceFile png = store.store(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "../../x.png");

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.originalName()).isEqualTo("x.png");
        assertThat(data.resolve("private/consent-evidence").resolve(pdf.storedName())).exists();
        assertThat(store.read(jpeg.storedName())).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    void rejectsAFileWhoseContentIsNotAFormWhateverItsName() {
        ConsentEvidenceStore store = new ConsentEvidenceStore(new id.cerita.common.CeritaProperties(data));
        assertThatThrownBy(() -> store.store("<html><script>".getBytes(StandardCharsets.UTF_8), "formulir.pdf"))
            .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                assertThat(e.field()).isEqualTo("evidenceFile");
                assertThat(e.code()).isEqualTo("consent.evidence-type");
            });
        assertThatThrownBy(() -> store.read("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
