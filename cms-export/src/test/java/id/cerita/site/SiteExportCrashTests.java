package id.cerita.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed export leaves the previous site intact and serving. */
class SiteExportCrashTests {

    @Test
    void keepsServingThePreviousBuildWhenAnExportIsKilledMidway(@TempDir Path root) throws Exception {
        SiteBuilder builder = new SiteBuilder(new MarkdownRenderer(), SiteImages.NONE);
        SiteInput small = new SiteInput("https://cerita.example.id", "Cerita Alumni", SiteStories.generate(10));
        SiteBuildReport before = builder.build(small, root);
        Map<String, byte[]> served = SiteStories.tree(root.resolve("current"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SiteExportChild.class.getName(), root.toString(), "4000")
            .redirectErrorStream(true).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            do {
                line = out.readLine();
            }
            while (line != null && !line.startsWith("midway") && !line.startsWith("finished"));
            assertThat(line).as("the child reached the middle of its export").startsWith("midway");
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(child.exitValue()).isNotZero();
        assertThat(root.resolve("current").toRealPath()).isEqualTo(before.build().toRealPath());
        SiteBuilderTests.assertSameTree(before.build(), root.resolve("current"));
        assertThat(SiteStories.tree(root.resolve("current")).keySet()).isEqualTo(served.keySet());
        try (var dirs = Files.list(root.resolve("builds"))) {
            List<Path> partial = dirs.filter(d -> !d.getFileName().equals(before.build().getFileName())).toList();
            assertThat(partial).hasSize(1);
            assertThat(partial.getFirst().resolve("manifest.json")).doesNotExist();
            assertThat(partial.getFirst().resolve("index.html").getParent()).isDirectory();
        }

        SiteBuildReport after = builder.build(small, root);
        assertThat(root.resolve("current").toRealPath()).isEqualTo(after.build().toRealPath());
        assertThat(after.linked()).hasSize(before.files());
        SiteBuilderTests.assertSameTree(before.build(), root.resolve("current"));
    }
}
