package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every refusal the domain can raise has its words in one place, in both languages: each code of an
 * {@code InvalidFieldException} thrown anywhere in the four modules is a {@code field.problem.<code>} of
 * i18n/problems and i18n/problems_en, which the API, the forms and the pages all read. A code added without its
 * message, or a page bundle that says it a second time, fails here.
 */
class DomainMessagesTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final List<Path> SOURCES = List.of(Path.of("../cms-core/src/main/java"),
            Path.of("../cms-search/src/main/java"), Path.of("../cms-export/src/main/java"), Path.of("src/main/java"));
    /** {@code new InvalidFieldException(field, "code" [+ …], …)} or with a constant of the same file as the code. */
    private static final Pattern THROWN = Pattern.compile(
            "new (?:[\\w.]+\\.)?InvalidFieldException\\(\\s*[^,]+?,\\s*(?:\"([^\"]*)\"(\\s*\\+)?|([A-Z_]+))");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([^\"]+)\"");
    /** Codes completed at run time, and what they complete to. */
    private static final Map<String, List<String>> COMPLETED = Map.of(
            "account-request.", List.of("name", "outlet", "email", "reason"),
            "password-link.", List.of("used", "expired", "unknown"),
            // an upload's refusal under the photo field: its words are the upload refusal's (media.upload.refused.*)
            "photo.", List.of());
    /** Page bundles that once held their own copy of the domain's messages. */
    private static final List<String> OLD_HOMES = List.of("accounts.error.", "alumni.error.", "reference.error.");

    @Test
    void hasEveryCodeTheDomainThrowsInIndonesianAndEnglish() throws IOException {
        Set<String> codes = codes();
        assertThat(codes).as("the scan finds the codes of every module").contains("slug.taken", "user.username-taken",
                "region.unknown", "cursor.invalid", "account-request.email", "password-link.expired");
        Properties indonesian = load("problems.properties");
        Properties english = load("problems_en.properties");
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (!indonesian.containsKey("field.problem." + code)) {
                missing.add(code + " (id)");
            }
            if (!english.containsKey("field.problem." + code)) {
                missing.add(code + " (en)");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** What does not exist and what does not fit its state: {@code problem.not-found.*}, {@code .state-conflict.*}. */
    @Test
    void hasEveryNotFoundAndStateConflictInIndonesianAndEnglish() throws IOException {
        Map<String, Pattern> kinds = Map.of(
                "problem.not-found.", Pattern.compile("new (?:[\\w.]+\\.)?NotFoundException\\(\\s*\"([^\"]+)\""),
                "problem.state-conflict.",
                Pattern.compile("new (?:[\\w.]+\\.)?StateConflictException\\(\\s*\"([^\"]+)\""));
        Set<String> keys = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String java = Files.readString(file);
                    kinds.forEach((prefix, pattern) -> pattern.matcher(java).results()
                        .forEach(found -> keys.add(prefix + found.group(1))));
                }
            }
        }
        assertThat(keys).as("the scan finds both kinds").contains("problem.not-found.story",
                "problem.state-conflict.course.archived");
        Properties indonesian = load("problems.properties");
        Properties english = load("problems_en.properties");
        assertThat(keys.stream().filter(key -> !indonesian.containsKey(key) || !english.containsKey(key)).toList())
            .isEmpty();
    }

    @Test
    void saysEachRefusalOnceNotAgainInAPageBundle() throws IOException {
        Set<String> codes = codes();
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                for (String key : load(file.getFileName().toString()).stringPropertyNames()) {
                    for (String home : OLD_HOMES) {
                        if (key.startsWith(home) && codes.contains(key.substring(home.length()))) {
                            copies.add(file.getFileName() + ": " + key);
                        }
                    }
                    if (key.startsWith("field.problem.") && !file.getFileName().toString().startsWith("problems")) {
                        copies.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(copies).isEmpty();
    }

    private static Set<String> codes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String java = Files.readString(file);
                    Map<String, String> constants = new HashMap<>();
                    Matcher constant = CONSTANT.matcher(java);
                    while (constant.find()) {
                        constants.put(constant.group(1), constant.group(2));
                    }
                    Matcher thrown = THROWN.matcher(java);
                    while (thrown.find()) {
                        if (thrown.group(1) == null) {
                            codes.add(constants.getOrDefault(thrown.group(3), thrown.group(3)));
                        } else if (thrown.group(2) != null) {
                            assertThat(COMPLETED).as(file + ": a code completed at run time, list its endings")
                                .containsKey(thrown.group(1));
                            COMPLETED.get(thrown.group(1)).forEach(end -> codes.add(thrown.group(1) + end));
                        } else {
                            codes.add(thrown.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
