package id.cerita.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One injectable clock, so that schedules and embargoes can be tested without sleeping. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The programme works on Western Indonesian Time unless told otherwise. */
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(JAKARTA);
    }
}
