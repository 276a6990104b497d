package id.cerita.searchtest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import id.cerita.alumni.Alumni;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.StoryFixtures;

/**
 * What the application adds to the core for search's integration tests (run with {@code CoreTestApplication}):
 * listeners run asynchronously after commit and the catch-up job is scheduled, as in cms-web.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
public class SearchTestConfiguration {

    @Bean
    StoryFixtures storyFixtures(Stories stories, Courses courses, Alumni alumni) {
        return new StoryFixtures(stories, courses, alumni);
    }
}
