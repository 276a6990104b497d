package id.cerita.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import id.cerita.testsupport.TestDatabases;

/**
 * Administrators read the readiness checks, the scheduled jobs (a job that holds its lock shows as running, with the
 * instance that runs it) and the instance, on the page in both languages and as JSON; nobody else may.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SystemStatusPageTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    LockProvider locks;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    @Test
    void showsTheChecksAndAJobThatRunsNowInIndonesianAndEnglish() throws Exception {
        SimpleLock nightly = locks.lock(new LockConfiguration(Instant.now(), "search-nightly-rebuild",
                Duration.ofMinutes(5), Duration.ZERO)).orElseThrow();
        try {
            String page = mvc.perform(get("/admin/system").with(ADMIN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
            assertThat(page).contains("Status sistem", "Basis data", "Ruang disk folder data",
                    "Pencarian (Elasticsearch)", "Baik").doesNotContain("??");
            assertThat(row(page, "Pembangunan ulang indeks malam hari")).contains("Berjalan (terkunci)");
            String english = mvc.perform(get("/admin/system").param("lang", "en").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(english).contains("System status", "Database", "Nightly index rebuild", "Running")
                .doesNotContain("??");
            String json = mvc.perform(get("/api/admin/system").with(ADMIN))
                .andExpect(jsonPath("$.jobs[?(@.name == 'search-nightly-rebuild')].running").value(Matchers.contains(true)))
                .andReturn().getResponse().getContentAsString();
            Matcher started = Pattern.compile("\"name\":\"search-nightly-rebuild\",\"lastStarted\":\"([^\"]+)\"")
                .matcher(json);
            assertThat(started.find()).as(json).isTrue();
            assertThat(Duration.between(Instant.parse(started.group(1)), Instant.now()).abs())
                .as("the lock table's clock read in the right zone").isLessThan(Duration.ofMinutes(1));
        } finally {
            nightly.unlock();
        }
        String after = mvc.perform(get("/admin/system").with(ADMIN)).andReturn().getResponse().getContentAsString();
        assertThat(row(after, "Pembangunan ulang indeks malam hari")).as("the lock released: the job is done")
            .contains("Selesai").doesNotContain("Berjalan (terkunci)");
    }

    /** The table row of a job, from its name to the end of the row. */
    private static String row(String page, String job) {
        int start = page.indexOf(">" + job + "</th>");
        assertThat(start).as("a row for " + job).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void givesTheSameAsJsonToAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/admin/system").with(ADMIN)).andExpect(status().isOk())
            .andExpect(jsonPath("$.readiness").value(Matchers.in(new String[] { "UP", "DEGRADED" })))
            .andExpect(jsonPath("$.components[?(@.name == 'db')].status").value(Matchers.contains("UP")))
            .andExpect(jsonPath("$.instance.name").value(Matchers.containsString(":")));
        mvc.perform(get("/api/admin/system").with(user("dewi").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/system").with(user("dewi").roles("EDITOR"))).andExpect(status().isForbidden());
    }

    @Test
    void namesEveryLockedJobOfTheApplicationInBothLanguages() {
        Set<String> jobs = new TreeSet<>();
        for (String bean : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(bean);
            if (type != null) {
                Arrays.stream(AopUtils.getTargetClass(context.getBean(bean)).getDeclaredMethods())
                    .map(m -> m.getAnnotation(SchedulerLock.class)).filter(lock -> lock != null)
                    .forEach(lock -> jobs.add(lock.name()));
            }
        }
        assertThat(jobs).as("the jobs found, from every module").contains("planner-statistics",
                "scheduled-publishing", "search-nightly-rebuild", "alerts-instant");
        for (String job : jobs) {
            for (Locale locale : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
                assertThat(messages.getMessage("ops.job." + job, null, null, locale)).as(job + " in " + locale)
                    .isNotBlank().isNotEqualTo("ops.job." + job);
            }
        }
    }
}
