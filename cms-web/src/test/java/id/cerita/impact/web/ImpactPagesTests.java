package id.cerita.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.course.Courses;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Stories;
import id.cerita.story.StoryContent;
import id.cerita.story.StoryFixtures;
import id.cerita.testsupport.TestDatabases;

/**
 * The impact page and its API count published stories by the three-person rule and by consent. The stories are set
 * in Kota Jayapura, a province no other test of this context writes to, so its figures are exactly these stories'.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImpactPagesTests {

    private static final RequestPostProcessor EDITOR = user("dewi").roles("EDITOR");
    private static final String KOTA_JAYAPURA = "91.71";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void showsAProvinceOnlyFromItsThirdAlumnusAndLeavesRevenueWithoutBusinessConsentOut(@Autowired Stories stories,
            @Autowired Courses courses, @Autowired Alumni alumni) throws Exception {
        StoryFixtures fixtures = new StoryFixtures(stories, courses, alumni);
        Set<ConsentScope> all = EnumSet.allOf(ConsentScope.class);
        fixtures.aPublishedStory(revenueStory(fixtures, all, 1_000_000, 5_000_000));
        fixtures.aPublishedStory(revenueStory(fixtures, all, 2_000_000, 9_000_000));
        // no consent to describe the business: counted as a person, not for revenue
        fixtures.aPublishedStory(revenueStory(fixtures, EnumSet.of(ConsentScope.NAME, ConsentScope.WEBSITE,
                ConsentScope.PRESS), 90_000_000, 900_000_000));

        mvc.perform(get("/api/impact").with(EDITOR)).andExpect(status().isOk())
            .andExpect(jsonPath("$.report.breakdowns[?(@.dimension == 'PROVINCE')].rows[?(@.key == '91')].figures.people")
                .value(Matchers.contains(3)))
            .andExpect(jsonPath("$.report.breakdowns[?(@.dimension == 'PROVINCE')].rows[?(@.key == '91')].figures.revenueReported")
                .value(Matchers.contains(Matchers.nullValue())))
            .andExpect(jsonPath("$.provinces[?(@.code == '91')].stories").value(Matchers.contains(3)));

        fixtures.aPublishedStory(revenueStory(fixtures, all, 0, 4_000_000));

        mvc.perform(get("/api/impact").with(EDITOR))
            .andExpect(jsonPath("$.report.breakdowns[?(@.dimension == 'PROVINCE')].rows[?(@.key == '91')].figures.revenueReported")
                .value(Matchers.contains(3)))
            .andExpect(jsonPath("$.report.breakdowns[?(@.dimension == 'PROVINCE')].rows[?(@.key == '91')].figures.revenueBeforeMedian")
                .value(Matchers.contains(1_000_000)))
            .andExpect(jsonPath("$.report.breakdowns[?(@.dimension == 'PROVINCE')].rows[?(@.key == '91')].figures.revenueAfterMedian")
                .value(Matchers.contains(5_000_000)));

        String indonesian = mvc.perform(get("/impact").with(EDITOR)).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(indonesian).contains("Dampak program", "Per provinsi", "Rp1.000.000 → Rp5.000.000",
                "Papua, Papua Selatan, Papua Tengah, Papua Pegunungan: 4 cerita", "class=\"province-map\"");
        String english = mvc.perform(get("/impact").param("lang", "en").with(EDITOR)).andReturn().getResponse()
            .getContentAsString();
        assertThat(english).contains("Programme impact", "By province", "Papua, Papua Selatan, Papua Tengah, Papua Pegunungan: 4 stories");
    }

    @Test
    void keepsJournalistsOut() throws Exception {
        mvc.perform(get("/impact").with(user("jurnalis").roles("JOURNALIST"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/impact").with(user("jurnalis").roles("JOURNALIST"))).andExpect(status().isForbidden());
    }

    private static StoryContent revenueStory(StoryFixtures fixtures, Set<ConsentScope> consent, long before,
            long after) {
        StoryContent base = fixtures.content("Usaha di Jayapura " + UUID.randomUUID());
        return new StoryContent(base.language(), base.title(), null, base.summary(), base.body(),
                fixtures.anAlumnusWithConsent(consent), KOTA_JAYAPURA, null, base.courseIds(), base.themeCodes(),
                base.quotes(), List.of(new Outcome(OutcomeKind.BUSINESS_OPENED, "Membuka kios", null, "Wawancara"),
                        new Outcome(OutcomeKind.MONTHLY_REVENUE, "Omzet per bulan", before, after, null, "Wawancara")),
                base.sources());
    }
}
