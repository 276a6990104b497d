package id.cerita.site;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public site is written and how it names itself.
 *
 * @param outputDir holds {@code builds/<n>} and the {@code current} symlink (the application sets {@code ${cerita.data-dir}/site})
 * @param baseUrl the public address the site is served from, used in canonical links, feeds and the sitemap
 * @param exportAndExit when true the application exports the site once and exits (command-line use)
 * @param debounceMillis how long an incremental export waits for more publishing events before it runs
 * @param exportWhenMissing export once the application is ready when there is no site yet (a first start, a restore
 *     into an empty data folder): the site is derived from the database and catches up by itself
 * @param visitorsSearch run Pagefind over each export so visitors can search the static site; false for a site whose
 *     host brings its own search (pages then carry no search box)
 */
@ConfigurationProperties("cerita.site")
public record SiteProperties(@DefaultValue("data/site") Path outputDir,
        @DefaultValue("http://localhost:8000") String baseUrl, @DefaultValue("Cerita Alumni") String title,
        @DefaultValue("false") boolean exportAndExit, @DefaultValue("2000") long debounceMillis,
        @DefaultValue("false") boolean exportWhenMissing, @DefaultValue("true") boolean visitorsSearch) {
}
