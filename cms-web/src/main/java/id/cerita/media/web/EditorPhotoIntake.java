package id.cerita.media.web;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.cerita.common.InvalidFieldException;
import id.cerita.common.StoryId;
import id.cerita.media.MediaAsset;
import id.cerita.media.MediaDescription;
import id.cerita.media.MediaIntake;
import id.cerita.media.MediaLibrary;
import id.cerita.media.StoryImageLinks;
import id.cerita.media.UploadRejected;
import id.cerita.story.StoryPhotoIntake;
import id.cerita.story.StoryPhotoUpload;

/** A photo added from the story editor: the media library's own intake, description and story links. */
@Component
class EditorPhotoIntake implements StoryPhotoIntake {

    private final MediaIntake intake;
    private final MediaLibrary library;
    private final StoryImageLinks links;

    EditorPhotoIntake(MediaIntake intake, MediaLibrary library, StoryImageLinks links) {
        this.intake = intake;
        this.library = library;
        this.links = links;
    }

    @Override
    @Transactional
    public void add(StoryId storyId, StoryPhotoUpload upload, String by) {
        MediaAsset asset;
        try {
            asset = intake.accept(upload.bytes(), upload.contentType(), upload.filename(), by).asset();
        }
        catch (UploadRejected e) {
            throw new InvalidFieldException("photo", "photo." + e.reason().name().toLowerCase(java.util.Locale.ROOT), e);
        }
        MediaDescription old = asset.description();
        asset = library.describe(asset.id(), asset.version(), new MediaDescription(
                first(upload.altText(), old.altText()), first(upload.caption(), old.caption()),
                first(upload.credit(), old.credit()), old.copyrightHolder(), old.peopleShown()), by);
        if (upload.lead()) {
            links.chooseLead(storyId, asset.id(), by);
        }
        else {
            links.addToGallery(storyId, asset.id(), by);
        }
    }

    private static String first(String given, String known) {
        return given == null || given.isBlank() ? known : given;
    }
}
