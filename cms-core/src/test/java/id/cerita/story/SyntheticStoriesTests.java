package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cerita.testsupport.SharedFiles;

class SyntheticStoriesTests {

    private static final Set<String> REGENCY_AND_CITY_CODES = SyntheticStories
        .regions(SharedFiles.resolve("data/regions.csv")).stream().map(SyntheticStories.Region::code)
        .collect(Collectors.toSet());

    @Test
    void producesTheSameStoriesForTheSameSeed() {
        assertThat(SyntheticStories.fromSharedFiles(7).take(20)).isEqualTo(SyntheticStories.fromSharedFiles(7).take(20));
    }

    @Test
    void producesDifferentStoriesForAnotherSeed() {
        assertThat(SyntheticStories.fromSharedFiles(7).story(0).body())
            .isNotEqualTo(SyntheticStories.fromSharedFiles(8).story(0).body());
    }

    @Test
    void givesTheSameStoryForAnIndexWhateverTheOrderOfGeneration() {
        SyntheticStories synthetic = SyntheticStories.fromSharedFiles(3);
        StoryContent fifth = synthetic.story(5);
        assertThat(synthetic.take(6).get(5)).isEqualTo(fifth);
    }

    @Test
    void writesStoriesOfFeatureLengthWithSubheadingsInRealRegencies() {
        List<StoryContent> stories = SyntheticStories.fromSharedFiles(42).take(300);

        assertThat(stories).allSatisfy(s -> {
            assertThat(SyntheticStories.words(s.body())).isBetween(SyntheticStories.MIN_WORDS, SyntheticStories.MAX_WORDS);
            assertThat(s.body()).contains("\n## ");
            assertThat(s.regionCode()).isIn(REGENCY_AND_CITY_CODES);
            assertThat(SyntheticStories.THEMES).containsAll(s.themeCodes());
            assertThat(s.title().length()).isLessThanOrEqualTo(200);
            assertThat(s.summary().length()).isLessThanOrEqualTo(600);
            assertThat(s.quotes()).singleElement().satisfies(q -> assertThat(q.text()).isNotBlank());
        });
        assertThat(stories.stream().map(StoryContent::regionCode).distinct().count()).as("regions spread")
            .isGreaterThan(150);
        assertThat(stories.stream().map(StoryContent::title).distinct().count()).isGreaterThan(290);
    }
}
