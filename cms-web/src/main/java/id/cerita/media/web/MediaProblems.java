package id.cerita.media.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import id.cerita.media.ImagingBusy;
import id.cerita.media.MediaInUseException;
import id.cerita.media.UploadRejected;
import id.cerita.web.Problems;

/** RFC 9457 problem details for the media feature's own errors, for the API and the upload page alike. */
final class MediaProblems {

    private static final String TYPE_BASE = Problems.TYPE_BASE;

    private MediaProblems() {
    }

    static ProblemDetail rejected(UploadRejected e) {
        HttpStatus status = switch (e.reason()) {
            case EMPTY -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case SVG_REFUSED, HEIC_CONVERT_FIRST, UNSUPPORTED_TYPE, TYPE_MISMATCH -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_PIXELS, CORRUPT -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        String title = switch (e.reason()) {
            case EMPTY -> "Berkas kosong";
            case TOO_LARGE -> "Berkas terlalu besar";
            case TOO_MANY_PIXELS -> "Gambar terlalu besar";
            case SVG_REFUSED -> "SVG tidak diterima";
            case HEIC_CONVERT_FIRST -> "Ubah HEIC ke JPEG dulu";
            case UNSUPPORTED_TYPE -> "Jenis berkas tidak didukung";
            case TYPE_MISMATCH -> "Isi berkas tidak sesuai jenisnya";
            case CORRUPT -> "Gambar rusak";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "upload-" + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    /** 503 with Retry-After: the imaging memory stayed taken by other uploads; nothing of this one was kept. */
    static ResponseEntity<ProblemDetail> busy(ImagingBusy e) {
        return Problems.retryLater("imaging-busy", "Server sibuk memproses gambar", e.getMessage(),
                e.retryAfter().toSeconds());
    }

    static ProblemDetail inUse(MediaInUseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "media-in-use"));
        problem.setTitle("Gambar sedang dipakai");
        problem.setProperty("usedBy", e.usages());
        return problem;
    }
}
