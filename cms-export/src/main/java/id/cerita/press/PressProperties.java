package id.cerita.press;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Press kit settings that belong to the installation, not to the editors: the time zone embargo times are written
 * in (the sender's, Jakarta by default) and the base of the identifiers in ninjs and NewsML-G2.
 */
@ConfigurationProperties("cerita.press")
public record PressProperties(@DefaultValue("Asia/Jakarta") ZoneId zone,
        @DefaultValue("https://cerita.example.org") String siteUrl) {
}
