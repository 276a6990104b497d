package id.cerita.site;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A separate JVM that exports a large generated site and says "midway" on standard output when it has written some
 * files, so that a test can kill it there. Usage: {@code SiteExportChild <output root> <stories>}.
 */
public final class SiteExportChild {

    private SiteExportChild() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        AtomicBoolean told = new AtomicBoolean();
        new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE).build(
                new SiteInput("https://cerita.example.id", "Cerita Alumni", SiteStories.generate(count)), root,
                (done, total) -> {
                    if (done >= 200 && told.compareAndSet(false, true)) {
                        System.out.println("midway " + done + "/" + total);
                        System.out.flush();
                    }
                });
        System.out.println("finished");
    }
}
