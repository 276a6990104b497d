package id.cerita.media.web;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.cerita.common.AlumnusId;
import id.cerita.media.MediaDescription;

/** The command to (re)describe an image, with the version the editor read. */
record DescribeMedia(@NotNull Long version, @Size(max = 500) String altText, @Size(max = 2000) String caption,
                     @Size(max = 300) String credit, @Size(max = 300) String copyrightHolder, Set<AlumnusId> peopleShown) {

    MediaDescription description() {
        return new MediaDescription(altText, caption, credit, copyrightHolder, peopleShown);
    }
}
