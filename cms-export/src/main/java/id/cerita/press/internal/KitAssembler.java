package id.cerita.press.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cerita.press.PressKit;

/** Renders the articles of one story (its language first, then its translations) into a press kit ZIP. */
public final class KitAssembler {

    private final KitRenderers renderers;

    public KitAssembler(KitRenderers renderers) {
        this.renderers = renderers;
    }

    public PressKit assemble(List<PressArticle> articles, Instant now) {
        PressArticle main = articles.getFirst();
        KitArchive kit = new KitArchive();
        articles.forEach(article -> renderers.addArticle(kit, article));
        renderers.addPhotos(kit, main);
        return pack(kit, articles, now);
    }

    /** Plain text and ninjs only: the benchmark's baseline for the same articles. */
    public PressKit assembleTextAndJson(List<PressArticle> articles, Instant now) {
        KitArchive kit = new KitArchive();
        articles.forEach(article -> renderers.addTextAndJson(kit, article));
        return pack(kit, articles, now);
    }

    private static PressKit pack(KitArchive kit, List<PressArticle> articles, Instant now) {
        PressArticle main = articles.getFirst();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("story", main.uri());
        about.put("storyId", main.storyId().toString());
        about.put("headline", main.headline());
        about.put("languages", articles.stream().map(a -> a.language().code()).toList());
        about.put("release", main.release().text());
        if (main.release().embargoed()) {
            about.put("embargoedUntil", main.release().embargoedUntil().toString());
        }
        // the story version's time, not the clock's: the same version downloaded twice gives the same bytes
        Instant version = articles.stream().map(PressArticle::versionCreated).max(Instant::compareTo).orElse(now)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        about.put("generatedAt", version.toString());
        byte[] zip = kit.zip(about, version);
        String fileName = main.labels().fileStem() + "-" + main.slug() + ".zip";
        return new PressKit(main.storyId(), fileName, zip, kit.files(), main.release().embargoedUntil());
    }
}
