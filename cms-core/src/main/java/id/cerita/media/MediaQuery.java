package id.cerita.media;


import id.cerita.common.AlumnusId;

/** A search of the library: words in alt text, caption, credit, copyright or file name; a filter; a person shown. */
public record MediaQuery(String text, Show show, AlumnusId personShown, int limit) {

    public enum Show { ALL, MISSING_ALT_TEXT, UNUSED, USED }

    public MediaQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        show = show == null ? Show.ALL : show;
        limit = limit <= 0 ? 60 : Math.min(limit, 500);
    }

    public static MediaQuery all() {
        return new MediaQuery(null, Show.ALL, null, 60);
    }
}
