package khabar.core.reading.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A gold file of {@code label<TAB>text} lines (one sentence or article a line; blank lines and {@code #} comments skipped). */
public final class LabelledLines {
    /** One gold item. */
    public record Item(String label, String text) {
    }

    private LabelledLines() {
    }

    /**
     * The items of {@code file}.
     *
     * @param labels the labels allowed; a line with another, or without a tab, is an error naming the line
     */
    public static List<Item> read(Path file, Set<String> labels) throws IOException {
        List<Item> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected label<TAB>text");
            }
            String label = line.substring(0, tab).strip();
            if (!labels.contains(label)) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": label '" + label + "' is not one of " + labels);
            }
            out.add(new Item(label, line.substring(tab + 1).strip()));
        }
        return out;
    }
}
