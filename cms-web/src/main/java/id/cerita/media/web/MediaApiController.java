package id.cerita.media.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import id.cerita.common.AlumnusId;
import id.cerita.common.MediaId;
import id.cerita.media.ImagingBusy;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaInUseException;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.MediaLibrary.MediaRegistration;
import id.cerita.media.MediaQuery;
import id.cerita.media.MediaSummary;
import id.cerita.media.UploadRejected;
import id.cerita.web.ApiController;
import id.cerita.web.UserMessages;

/** The media library over JSON: upload, list and search, describe, focal point, delete; files in {@link MediaFilesController}. */
@ApiController
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
@RequestMapping("/api/media")
class MediaApiController {

    private final MediaIntake intake;
    private final MediaLibrary library;
    private final MessageSource messages;

    MediaApiController(MediaIntake intake, MediaLibrary library, MessageSource messages) {
        this.messages = messages;
        this.intake = intake;
        this.library = library;
    }

    /** 201 with the new image; 200 with the existing one when the same bytes were uploaded before. */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<MediaView> upload(@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
        MediaRegistration registration = intake.accept(file.getBytes(), file.getContentType(), file.getOriginalFilename(),
                user.getName());
        MediaView view = MediaView.of(registration.asset(), List.of(), Roles.isAdmin(user));
        return registration.created()
                ? ResponseEntity.created(java.net.URI.create("/api/media/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    List<MediaSummary> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "ALL") MediaQuery.Show show, @RequestParam(required = false) AlumnusId person,
            @RequestParam(defaultValue = "60") int limit) {
        return library.search(new MediaQuery(q, show, person, limit));
    }

    @GetMapping("/{id}")
    MediaView get(@PathVariable MediaId id, Authentication user) {
        return view(library.require(id), user);
    }

    @PutMapping("/{id}/description")
    MediaView describe(@PathVariable MediaId id, @Valid @RequestBody DescribeMedia command, Authentication user) {
        return view(library.describe(id, command.version(), command.description(), user.getName()), user);
    }

    @PutMapping("/{id}/focal-point")
    MediaView moveFocalPoint(@PathVariable MediaId id, @Valid @RequestBody MoveFocalPoint command, Authentication user) {
        return view(library.moveFocalPoint(id, command.focalPoint(), user.getName()), user);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable MediaId id, Principal user) {
        library.delete(id, user.getName());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(UploadRejected e, HttpServletRequest request) {
        ProblemDetail problem = MediaProblems.rejected(e, messages, UserMessages.apiLocale(request));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ImagingBusy e, HttpServletRequest request) {
        return MediaProblems.busy(e, messages, UserMessages.apiLocale(request));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> inUse(MediaInUseException e, HttpServletRequest request) {
        return ResponseEntity.status(409).body(MediaProblems.inUse(e, messages, UserMessages.apiLocale(request)));
    }

    private MediaView view(MediaAsset asset, Authentication user) {
        return MediaView.of(asset, library.usages(asset.id()), Roles.isAdmin(user));
    }
}
