package id.cerita.story.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import id.cerita.story.StoryPhotoUpload;

/** The editor's "add a photo" fields, posted with the story form. */
record NewPhoto(MultipartFile photo, String photoAlt, String photoCaption, String photoCredit, String photoRole) {

    boolean present() {
        return photo != null && !photo.isEmpty();
    }

    StoryPhotoUpload upload() {
        try {
            return new StoryPhotoUpload(photo.getBytes(), photo.getContentType(), photo.getOriginalFilename(),
                    photoAlt, photoCaption, photoCredit, !"GALLERY".equals(photoRole));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
