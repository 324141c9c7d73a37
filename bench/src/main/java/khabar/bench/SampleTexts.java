package khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.RawArticle;

/**
 * The article bodies of the bundled samples ({@code samples/2024-07-26}, the Urdu seed among them), by
 * script: the benchmarks' inputs. Run the benchmarks from the repository root, or set
 * {@code -Dkhabar.samples=DIR}.
 */
final class SampleTexts {
    private SampleTexts() {
    }

    /** Bodies by language ("ur" for Arabic-script text, else "en"). */
    static Map<String, List<String>> bodies() {
        Path dir = Path.of(System.getProperty("khabar.samples", "samples/2024-07-26"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no samples at " + dir.toAbsolutePath()
                    + ": run from the repository root or pass -Dkhabar.samples=DIR");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                try (DumpReader reader = DumpReaders.open(f)) {
                    for (DumpRecord r : reader) {
                        if (r instanceof RawArticle a && a.text() != null && a.text().length() > 200) {
                            out.computeIfAbsent(isUrdu(a.text()) ? "ur" : "en", k -> new ArrayList<>()).add(a.text());
                        }
                    }
                } catch (RuntimeException | IOException e) {
                    // corrupt fixtures are part of the samples: skip them
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean isUrdu(String s) {
        long arabic = s.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
        return arabic > s.length() / 3;
    }
}
