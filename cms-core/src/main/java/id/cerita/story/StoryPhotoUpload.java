package id.cerita.story;

/**
 * A photo added from the story editor, with what the writer says about it. The media feature takes it in (the same
 * upload checks as the media library) and links it to the story as its lead image or in its gallery.
 */
public record StoryPhotoUpload(byte[] bytes, String contentType, String filename, String altText, String caption,
        String credit, boolean lead) {

    public boolean isEmpty() {
        return bytes == null || bytes.length == 0;
    }
}
