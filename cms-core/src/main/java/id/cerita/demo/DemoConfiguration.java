package id.cerita.demo;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import id.cerita.common.ProgrammeZone;

/** Demo mode: only with {@code cerita.demo.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cerita.demo.enabled")
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

    /** Lets the loader replay each story's workflow on the dates the demo files give. */
    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.system(ProgrammeZone.ID));
    }
}
