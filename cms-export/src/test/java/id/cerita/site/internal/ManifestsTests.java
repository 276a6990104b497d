package id.cerita.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTests {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @TempDir
    Path build;

    @Test
    void givesBackTheManifestItWroteWithoutReadingIt() throws Exception {
        Manifests manifests = new Manifests();
        Map<String, String> written = new TreeMap<>(Map.of("index.html", A, "id/cerita/donat/index.html", B));
        manifests.write(build, written);

        assertThat(manifests.read(build)).isEqualTo(written);
        assertThat(Builds.readManifest(build)).isEqualTo(written);
    }

    @Test
    void aManifestAppearsWholeUnderItsNameOrNotAtAll() throws Exception {
        // written under another name and renamed: a build with a manifest counts as complete
        Map<String, String> written = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            written.put("id/cerita/kisah-" + i + "/index.html", i % 2 == 0 ? A : B);
        }
        Builds.writeManifest(build, written);

        assertThat(build.resolve(Builds.MANIFEST + ".partial")).doesNotExist();
        assertThat(Builds.readManifest(build)).isEqualTo(written);
        assertThat(java.nio.file.Files.readString(build.resolve(Builds.MANIFEST))).endsWith("  }\n}\n");
    }

    @Test
    void readsTheFileAgainOnceSomeoneElseRewroteIt() throws Exception {
        Manifests manifests = new Manifests();
        manifests.write(build, new TreeMap<>(Map.of("index.html", A)));
        // another instance (or a restore) writes a different build under the same path
        Builds.writeManifest(build, new TreeMap<>(Map.of("index.html", B, "404.html", A)));
        Files.setLastModifiedTime(build.resolve(Builds.MANIFEST),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertThat(manifests.read(build)).containsEntry("index.html", B).containsEntry("404.html", A);
    }

    @Test
    void aBuildWithoutManifestHasNoEntries() throws Exception {
        assertThat(new Manifests().read(build)).isEmpty();
    }
}
