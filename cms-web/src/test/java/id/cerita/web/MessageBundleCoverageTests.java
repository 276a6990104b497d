package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a template shows comes from the message bundles, in Indonesian and in English: a literal text or a
 * literal label attribute that Thymeleaf does not replace fails, as does a key a template names that either bundle
 * lacks, and a key one language has and the other not.
 */
class MessageBundleCoverageTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path I18N = Path.of("src/main/resources/i18n");
    /** {@code #{key}} and {@code #{key(…)}}, literal keys only (computed ones are checked through the bundles). */
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    /** {@code #messages.msg('key')} and {@code #messages.msg('key', …)}; not a computed {@code 'prefix.' + …}. */
    private static final Pattern MSG = Pattern.compile("#messages\\.msg\\('([\\w.-]+)'\\s*[,)]");
    /**
     * Text a reader sees whatever the language: the product's name, each language's name as its speakers write it
     * (a language switch shows "Bahasa Indonesia" and "English" in any interface), abbreviations, signs, numbers.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of("Cerita", "Bahasa", "Indonesia", "English", "API", "WIB",
            "Rp",
            "CSV", "ID", "EN", "https");
    private static final List<String> LABEL_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");
    /** Attributes that replace an element's content when the page is rendered. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove", "th:include", "th:errors");

    @Test
    void hasEveryKeyATemplateNamesInBothLanguages() throws IOException {
        Properties indonesian = bundle("");
        Properties english = bundle("_en");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            for (Pattern pattern : List.of(KEY, MSG)) {
                Matcher key = pattern.matcher(html);
                while (key.find()) {
                    if (!indonesian.containsKey(key.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key.group(1) + " (id)");
                    }
                    if (!english.containsKey(key.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key.group(1) + " (en)");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void hasTheSameKeysInIndonesianAndEnglish() throws IOException {
        List<String> differences = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                Set<String> id = new TreeSet<>(load(file).stringPropertyNames());
                Set<String> en = new TreeSet<>(load(I18N.resolve(name + "_en.properties")).stringPropertyNames());
                id.stream().filter(k -> !en.contains(k)).forEach(k -> differences.add(name + ": " + k + " only in id"));
                en.stream().filter(k -> !id.contains(k)).forEach(k -> differences.add(name + ": " + k + " only in en"));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void showsNoLiteralTextThatIsNotReplacedFromTheBundles() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : page.getAllElements()) {
                if (replaced(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (readable(text.text())) {
                        literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> "
                                + text.text().strip());
                    }
                }
                for (String attribute : LABEL_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)
                            && !element.attr("th:attr").contains(attribute + "=") && readable(element.attr(attribute))) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
                                + "\"");
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    /** The element or one around it has its content replaced (or removed) when rendered. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.tagName().equals("html")) {
                // a page puts its own <main> into the layout with th:replace on <html>: its words still show
                break;
            }
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            if (e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("th:block")
                    && e.hasAttr("th:text")) {
                return true;
            }
        }
        return false;
    }

    /** Words a reader would read: letters, not only signs, numbers or names that are the same in both languages. */
    private static boolean readable(String text) {
        String words = text.replaceAll("[^\\p{L}]+", " ").strip();
        return !words.isEmpty() && !Arrays.stream(words.split(" ")).allMatch(SAME_IN_BOTH::contains);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** All bundles of one language together, as Spring's basename list merges them. */
    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(f -> suffix.isEmpty() ? !f.getFileName().toString().contains("_")
                    : f.getFileName().toString().endsWith(suffix + ".properties")).toList()) {
                all.putAll(load(file));
            }
        }
        return all;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
