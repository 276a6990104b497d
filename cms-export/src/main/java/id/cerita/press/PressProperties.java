package id.cerita.press;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import id.cerita.common.ProgrammeZone;

/**
 * Press kit settings that belong to the installation, not to the editors: the time zone embargo times are written
 * in (the sender's, Jakarta by default). The stories' addresses in ninjs, NewsML-G2 and the manifest come from the
 * one public base URL, {@code cerita.site.base-url}.
 */
@ConfigurationProperties("cerita.press")
public record PressProperties(@DefaultValue(ProgrammeZone.NAME) ZoneId zone) {
}
