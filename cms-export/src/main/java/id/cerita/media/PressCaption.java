package id.cerita.media;

/** What travels inside a press photo: caption, credit line, copyright notice and creator (photographer). */
public record PressCaption(String caption, String credit, String copyrightNotice, String creator) {

    public PressCaption {
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? "" : credit.strip();
        copyrightNotice = copyrightNotice == null ? "" : copyrightNotice.strip();
        creator = creator == null ? "" : creator.strip();
    }
}
