package id.cerita.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared/ folder (beside the repository) for tests that cross-check against its files. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path dir() {
        String configured = System.getProperty("cerita.shared.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // Walk up from the module folder to the repository root (the folder with the parent pom and .git or README)
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(dir.resolve("cms-core")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/ not found beside the repository; set -Dcerita.shared.dir");
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
