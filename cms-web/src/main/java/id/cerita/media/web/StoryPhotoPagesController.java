package id.cerita.media.web;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.cerita.common.MediaId;
import id.cerita.common.StoryId;
import id.cerita.media.FocalPoint;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaDescription;
import id.cerita.media.MediaLibrary;
import id.cerita.media.MediaUsage;
import id.cerita.media.StoryImageLinks;

/** A story's photo described in place on the editor: alt text, caption, credit, lead or gallery, focal point. */
@Controller
@PreAuthorize("@capability.granted(authentication, 'WRITE_STORIES')")
class StoryPhotoPagesController {

    private final MediaLibrary library;
    private final StoryImageLinks links;
    private final MessageSource messages;

    StoryPhotoPagesController(MediaLibrary library, StoryImageLinks links, MessageSource messages) {
        this.library = library;
        this.links = links;
        this.messages = messages;
    }

    /** The form of one photo on the editor; the focal point in percent, typed or set with the arrow keys. */
    record DescribeStoryPhoto(@NotNull Long version, @Size(max = 500) String altText, @Size(max = 2000) String caption,
            @Size(max = 300) String credit, MediaUsage.Role role, @Min(0) @Max(100) Integer focalX,
            @Min(0) @Max(100) Integer focalY) {
    }

    @PostMapping("/stories/{storyId}/photos/{mediaId}")
    String describe(@PathVariable StoryId storyId, @PathVariable MediaId mediaId,
            @Valid @ModelAttribute DescribeStoryPhoto command, BindingResult errors, Authentication user,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", message("story.photo.invalid"));
            return "redirect:/stories/" + storyId + "#story-photos";
        }
        MediaAsset asset = library.require(mediaId);
        MediaDescription old = asset.description();
        asset = library.describe(mediaId, command.version(), new MediaDescription(command.altText(), command.caption(),
                command.credit(), old.copyrightHolder(), old.peopleShown()), user.getName());
        if (command.focalX() != null && command.focalY() != null) {
            library.moveFocalPoint(mediaId, new FocalPoint(command.focalX() / 100.0, command.focalY() / 100.0),
                    user.getName());
        }
        boolean lead = links.of(storyId).leadMediaId().filter(mediaId::equals).isPresent();
        if (command.role() != null && lead != (command.role() == MediaUsage.Role.LEAD)) {
            links.remove(storyId, mediaId, user.getName());
            switch (command.role()) {
                case LEAD -> links.chooseLead(storyId, asset.id(), user.getName());
                case GALLERY -> links.addToGallery(storyId, asset.id(), user.getName());
            }
        }
        redirect.addFlashAttribute("notice", message("story.photo.saved"));
        return "redirect:/stories/" + storyId + "#story-photos";
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
