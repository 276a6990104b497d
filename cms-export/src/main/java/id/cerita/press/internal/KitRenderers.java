package id.cerita.press.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.cerita.press.PressPhoto;

/**
 * Every renderer of the kit, built once and shared: adds one article's files (PDF, DOCX, text, ninjs, NewsML-G2) and
 * the photos with captions.txt to an archive.
 */
public final class KitRenderers {

    private final PdfRelease pdf = new PdfRelease();
    private final DocxRelease docx = new DocxRelease();
    private final TextRelease text = new TextRelease();
    private final NinjsDocument ninjs = new NinjsDocument();
    private final NewsMlItem newsml = new NewsMlItem();

    public void addArticle(KitArchive kit, PressArticle article) {
        kit.add(KitLayout.release(article.language(), "pdf"), "application/pdf", pdf.render(article));
        kit.add(KitLayout.release(article.language(), "docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.render(article));
        kit.add(KitLayout.release(article.language(), "txt"), "text/plain; charset=UTF-8", text.render(article));
        kit.add(KitLayout.ninjs(article.language()), "application/ninjs+json", ninjs.render(article));
        kit.add(KitLayout.newsml(article.language()), "application/vnd.iptc.g2.newsitem+xml", newsml.render(article));
    }

    /** The light formats only (text and ninjs): the baseline the benchmark compares the full kit with. */
    public void addTextAndJson(KitArchive kit, PressArticle article) {
        kit.add(KitLayout.release(article.language(), "txt"), "text/plain; charset=UTF-8", text.render(article));
        kit.add(KitLayout.ninjs(article.language()), "application/ninjs+json", ninjs.render(article));
    }

    public void addPhotos(KitArchive kit, PressArticle article) {
        List<PressPhoto> photos = article.photos();
        if (photos.isEmpty()) {
            return;
        }
        StringBuilder captions = new StringBuilder();
        for (PressPhoto photo : photos) {
            kit.add(KitLayout.photoPath(photo), "image/jpeg", photo.jpeg());
            captions.append(TextRelease.caption(photo, article.labels())).append('\n');
        }
        if (article.release().embargoed()) {
            captions.insert(0, article.release().text() + "\n\n");
        }
        kit.add(KitLayout.CAPTIONS, "text/plain; charset=UTF-8", captions.toString().getBytes(StandardCharsets.UTF_8));
    }
}
