package id.cerita.common;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cerita.*} settings every module shares. Each feature's own settings have their own record
 * ({@code cerita.media.*}, {@code cerita.search.*}, {@code cerita.site.*}, …); the time zone is {@link ProgrammeZone}.
 *
 * @param dataDir the folder for everything Cerita keeps outside the database: media originals and derivatives,
 *        consent evidence, the embedded search node, the exported site
 */
@ConfigurationProperties("cerita")
public record CeritaProperties(@DefaultValue("./data") Path dataDir) {

    /** A folder of the data folder, e.g. {@code elasticsearch}. */
    public Path folder(String first, String... more) {
        return dataDir.resolve(Path.of(first, more));
    }
}
