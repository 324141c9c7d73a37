package khabar.jobs.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixtures: a committed warehouse made once per class and copied for each case that changes it. */
final class FileTrees {
    private FileTrees() {
    }

    /** Copies the tree under {@code from} (folders and files, hidden ones included) to {@code to}; returns {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
