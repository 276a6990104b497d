package id.cerita.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The demo content shipped under {@code classpath:demo/}: providers, courses, alumni meetings, alumni with their
 * consent, and stories as Markdown files with YAML front matter. Entries refer to each other by key.
 */
public record DemoContent(List<Provider> providers, List<Course> courses, List<Event> events, List<Alumnus> alumni,
        List<Story> stories) {

    public record Provider(String key, String name, String website, String description) {
    }

    public record Course(String key, String title, String theme, String skill, String delivery, String provider) {
    }

    public record Event(String key, String name, String place, String region, LocalDate date) {
    }

    /** {@code expiresInDays} counts from the day the demo is loaded; {@code expiresOn} is a fixed date. */
    public record Consent(Set<String> scopes, LocalDate givenOn, String evidence, LocalDate expiresOn,
            Integer expiresInDays) {

        public LocalDate expiryFrom(LocalDate loadedOn) {
            return expiresInDays != null ? loadedOn.plusDays(expiresInDays) : expiresOn;
        }
    }

    public record Alumnus(String key, String name, Integer cohort, String region, String business, String occupation,
            Consent consent) {
    }

    public record Quote(String text, String speaker, String role) {
    }

    public record Outcome(String kind, String description, Long baseline, Long amount, String formerly, String source) {
    }

    public record Source(String outlet, String title, LocalDate publishedOn, String url) {
    }

    /** One story file; {@code key} is shared by the translations of one story. */
    public record Story(String file, String key, String language, String slug, String title, String summary,
            String alumnus, String region, List<String> themes, List<String> courses, String event,
            List<Quote> quotes, List<Outcome> outcomes, List<Source> sources, String status,
            OffsetDateTime publishedAt, String author, String body) {

        public boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    /** Reads everything under {@code classpath:demo/}; Indonesian stories come before their translations. */
    public static DemoContent fromClasspath() {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(DemoContent.class.getClassLoader());
        try {
            List<Story> stories = new ArrayList<>();
            for (Resource file : resolver.getResources("classpath*:demo/stories/*.md")) {
                stories.add(story(file.getFilename(), read(file)));
            }
            stories.sort(Comparator.comparing((Story s) -> !"id".equals(s.language())).thenComparing(Story::file));
            return new DemoContent(
                    entries(resolver, "providers.yml").stream().map(DemoContent::provider).toList(),
                    entries(resolver, "courses.yml").stream().map(DemoContent::course).toList(),
                    entries(resolver, "events.yml").stream().map(DemoContent::event).toList(),
                    entries(resolver, "alumni.yml").stream().map(DemoContent::alumnus).toList(),
                    List.copyOf(stories));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo content", e);
        }
    }

    private static List<YamlMap> entries(ResourcePatternResolver resolver, String name) throws IOException {
        String text = read(resolver.getResource("classpath:demo/" + name));
        return YamlMap.list(name, YamlMap.parser().load(text));
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Provider provider(YamlMap m) {
        return new Provider(m.text("key"), m.text("name"), m.optionalText("website"), m.text("description"));
    }

    private static Course course(YamlMap m) {
        return new Course(m.text("key"), m.text("title"), m.text("theme"), m.text("skill"), m.text("delivery"),
                m.text("provider"));
    }

    private static Event event(YamlMap m) {
        return new Event(m.text("key"), m.text("name"), m.text("place"), m.text("region"), m.date("date"));
    }

    private static Alumnus alumnus(YamlMap m) {
        YamlMap c = m.map("consent");
        Consent consent = new Consent(Set.copyOf(c.texts("scopes")), c.date("givenOn"), c.text("evidence"),
                c.optionalDate("expiresOn"), c.optionalInteger("expiresInDays"));
        return new Alumnus(m.text("key"), m.text("name"), m.optionalInteger("cohort"), m.text("region"),
                m.optionalText("business"), m.optionalText("occupation"), consent);
    }

    /** A Markdown file with YAML front matter between two "---" lines. */
    static Story story(String file, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalStateException(file + ": no front matter");
        }
        int end = normalized.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalStateException(file + ": front matter is not closed");
        }
        @SuppressWarnings("unchecked")
        YamlMap m = new YamlMap(file,
                (java.util.Map<String, Object>) YamlMap.parser().load(normalized.substring(4, end)));
        String body = normalized.substring(end + 5).strip() + "\n";
        return new Story(file, m.text("key"), m.text("language"), m.text("slug"), m.text("title"), m.text("summary"),
                m.optionalText("alumnus"), m.text("region"), m.texts("themes"), m.texts("courses"),
                m.optionalText("event"),
                m.maps("quotes").stream().map(q -> new Quote(q.text("text"), q.text("speaker"), q.optionalText("role")))
                    .toList(),
                m.maps("outcomes").stream().map(o -> new Outcome(o.text("kind"), o.text("description"),
                        o.optionalLong("baseline"), o.optionalLong("amount"), o.optionalText("formerly"),
                        o.text("source"))).toList(),
                m.maps("sources").stream().map(s -> new Source(s.text("outlet"), s.text("title"),
                        s.optionalDate("publishedOn"), s.optionalText("url"))).toList(),
                m.text("status"), m.optionalDateTime("publishedAt"), m.text("author"), body);
    }
}
