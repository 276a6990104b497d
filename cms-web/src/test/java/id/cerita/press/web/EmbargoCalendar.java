package id.cerita.press.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import id.cerita.press.StoryEmbargoes;

/** The embargo port as tests set it, until the workflow's embargoes provide the real one. */
@TestConfiguration(proxyBeanMethods = false)
class EmbargoCalendar {

    static final class Embargoes implements StoryEmbargoes {
        private final Map<UUID, Instant> until = new ConcurrentHashMap<>();

        void embargo(UUID storyId, Instant instant) {
            until.put(storyId, instant);
        }

        @Override
        public Optional<Instant> embargoedUntil(UUID storyId) {
            return Optional.ofNullable(until.get(storyId));
        }
    }

    @Bean
    Embargoes embargoCalendar() {
        return new Embargoes();
    }
}
