package id.cerita.common;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared settings, and one injectable clock in the programme's zone, so that schedules and embargoes can be tested
 * without sleeping.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CeritaProperties.class)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ProgrammeZone.ID);
    }
}
