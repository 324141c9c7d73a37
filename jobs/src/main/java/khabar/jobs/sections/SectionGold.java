package khabar.jobs.sections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A labelled file: {@code label<TAB>text}, one article a line; blank lines and lines starting with # skipped. */
public record SectionGold(List<String> labels, List<String> texts) {
    public static SectionGold read(Path file) throws IOException {
        List<String> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(file + ":" + n + ": expected label<TAB>text");
            }
            String label = line.substring(0, tab).strip();
            if (!Sections.LABELS.contains(label)) {
                throw new IllegalArgumentException(file + ":" + n + ": unknown section '" + label + "'; the sections are "
                        + String.join(", ", Sections.LABELS));
            }
            labels.add(label);
            texts.add(line.substring(tab + 1));
        }
        return new SectionGold(List.copyOf(labels), List.copyOf(texts));
    }
}
