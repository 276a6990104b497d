package id.cerita.media.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.media.PublicationProblem;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.StoryImages;
import id.cerita.web.ApiController;

/** A story's lead image and gallery, and the image check before publishing. */
@ApiController
@PreAuthorize("@capability.granted(authentication, 'USE_NEWSROOM')")
@RequestMapping("/api/stories/{storyId}/images")
class StoryImagesApiController {

    private final StoryImageLinks links;

    StoryImagesApiController(StoryImageLinks links) {
        this.links = links;
    }

    record ImageRef(@NotNull MediaId mediaId) {
    }

    record StoryImagesView(StoryId storyId, Optional<MediaId> lead, List<MediaId> gallery, List<PublicationProblem> publicationProblems) {
        static StoryImagesView of(StoryImages images, List<PublicationProblem> problems) {
            return new StoryImagesView(images.storyId(), images.leadMediaId(), images.galleryIds(), problems);
        }
    }

    @GetMapping
    StoryImagesView get(@PathVariable StoryId storyId) {
        return StoryImagesView.of(links.of(storyId), links.problemsBeforePublishing(storyId));
    }

    @PutMapping("/lead")
    StoryImagesView chooseLead(@PathVariable StoryId storyId, @Valid @RequestBody ImageRef ref, Principal user) {
        return StoryImagesView.of(links.chooseLead(storyId, ref.mediaId(), user.getName()),
                links.problemsBeforePublishing(storyId));
    }

    @PostMapping("/gallery")
    StoryImagesView addToGallery(@PathVariable StoryId storyId, @Valid @RequestBody ImageRef ref, Principal user) {
        return StoryImagesView.of(links.addToGallery(storyId, ref.mediaId(), user.getName()),
                links.problemsBeforePublishing(storyId));
    }

    @DeleteMapping("/{mediaId}")
    ResponseEntity<Void> remove(@PathVariable StoryId storyId, @PathVariable MediaId mediaId, Principal user) {
        links.remove(storyId, mediaId, user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/publication-check")
    List<PublicationProblem> publicationCheck(@PathVariable StoryId storyId) {
        return links.problemsBeforePublishing(storyId);
    }
}
