package id.cerita.media.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import id.cerita.media.ImagingBusy;
import id.cerita.media.MediaInUseException;
import id.cerita.media.UploadRejected;
import id.cerita.web.Problems;

/**
 * RFC 9457 problem details for the media feature's own errors, for the API and the upload page alike, in the caller's
 * language (titles and details from the message bundles, the exceptions' Indonesian text as the fallback).
 */
final class MediaProblems {

    private static final String TYPE_BASE = Problems.TYPE_BASE;

    private MediaProblems() {
    }

    static ProblemDetail rejected(UploadRejected e, MessageSource messages, Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case EMPTY -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case SVG_REFUSED, HEIC_CONVERT_FIRST, UNSUPPORTED_TYPE, TYPE_MISMATCH -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_PIXELS, CORRUPT -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        String type = "upload-" + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e, locale));
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(messages.getMessage("media.problem." + type, null, locale));
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    /** 503 with Retry-After: the imaging memory stayed taken by other uploads; nothing of this one was kept. */
    static ResponseEntity<ProblemDetail> busy(ImagingBusy e, MessageSource messages, Locale locale) {
        return Problems.retryLater("imaging-busy", messages.getMessage("media.problem.imaging-busy", null, locale),
                messages.getMessage(e, locale), e.retryAfter().toSeconds());
    }

    static ProblemDetail inUse(MediaInUseException e, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(e, locale));
        problem.setType(URI.create(TYPE_BASE + "media-in-use"));
        problem.setTitle(messages.getMessage("media.problem.media-in-use", null, locale));
        problem.setProperty("usedBy", e.usages());
        return problem;
    }
}
