package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import khabar.core.link.CldrPlacesExport;
import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.Span;
import khabar.core.urdu.UrduResources;

/**
 * Builds the cleaned name lists shipped under {@code khabar/gazetteers/ur/} from the urduhack lists (MIT)
 * and the Urdu CLDR place names of the one CLDR export ({@link CldrPlacesExport#urduNerPlaces}). Cleaning: normalize ({@link UrduNerLabels#featureForm} per word), dedupe, keep
 * Urdu-script entries of 2 to 15 letters a word, drop function words and the most frequent words of the
 * training text, and drop single words that the training text uses mostly outside names (seen at least
 * 3 times, under 20% of them inside an entity). Run once; its output is committed:
 * {@code UrduGazetteerBuilder URDUHACK_DIR TRAIN_BIO OUT_DIR}.
 */
public final class UrduGazetteerBuilder {
    private static final Pattern URDU_WORD = Pattern.compile("[\\u0600-\\u06FF]{2,15}");
    private static final int TOP_FREQUENT = 250;
    static final Set<String> FUNCTION_WORDS = UrduResources.get().words("function-words");

    private UrduGazetteerBuilder() {
    }

    /** Usage: {@code URDUHACK_DIR TRAIN_BIO OUT_DIR}. */
    public static void main(String[] args) throws IOException {
        Path urduhack = Path.of(args[0]);
        Path train = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        WordStats stats = WordStats.of(GoldReader.read(train, GoldFormat.BIO));
        write(out.resolve("urduhack-locations.txt"), clean(Files.readAllLines(urduhack.resolve("locations.txt")), stats));
        write(out.resolve("urduhack-persons.txt"), clean(Files.readAllLines(urduhack.resolve("persons.txt")), stats));
        write(out.resolve("urduhack-organizations.txt"),
                clean(Files.readAllLines(urduhack.resolve("organizations.txt")), stats));
        write(out.resolve("cldr-locations.txt"), clean(CldrPlacesExport.urduNerPlaces(), stats));
        Files.copy(urduhack.resolve("LICENSE"), out.resolve("LICENSE-urduhack.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Normalizes, filters and dedupes raw entries; keeps multiword entries whose every word is Urdu. */
    static Set<String> clean(List<String> raw, WordStats stats) {
        Set<String> out = new TreeSet<>();
        for (String line : raw) {
            String[] words = line.strip().split("\\s+");
            List<String> forms = UrduNerLabels.featureForms(Arrays.asList(words));
            boolean ok = words.length > 0 && !words[0].isEmpty();
            for (String f : forms) {
                ok &= URDU_WORD.matcher(f).matches();
            }
            if (!ok) {
                continue;
            }
            if (forms.size() == 1 && (FUNCTION_WORDS.contains(forms.get(0)) || stats.isGeneric(forms.get(0)))) {
                continue;
            }
            out.add(String.join(" ", forms));
        }
        return out;
    }

    private static void write(Path file, Set<String> entries) throws IOException {
        try (PrintStream p = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            entries.forEach(p::println);
        }
        System.out.printf("%s: %d entries%n", file.getFileName(), entries.size());
    }

    /** Counts of each word in the training text, and how often it is inside an entity. */
    record WordStats(Map<String, int[]> counts, Set<String> frequent) {
        static WordStats of(List<GoldSentence> sentences) {
            Map<String, int[]> counts = new HashMap<>();
            for (GoldSentence s : sentences) {
                boolean[] inside = new boolean[s.tokens().size()];
                for (Span span : s.spans()) {
                    for (int i = span.begin(); i < span.end(); i++) {
                        inside[i] = true;
                    }
                }
                for (int i = 0; i < inside.length; i++) {
                    int[] c = counts.computeIfAbsent(UrduNerLabels.featureForm(s.tokens().get(i)), k -> new int[2]);
                    c[0]++;
                    c[1] += inside[i] ? 1 : 0;
                }
            }
            List<Map.Entry<String, int[]>> byFreq = new ArrayList<>(counts.entrySet());
            byFreq.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
            Set<String> frequent = new TreeSet<>();
            for (int i = 0; i < Math.min(TOP_FREQUENT, byFreq.size()); i++) {
                if (byFreq.get(i).getValue()[1] * 5 < byFreq.get(i).getValue()[0]) {
                    frequent.add(byFreq.get(i).getKey());
                }
            }
            return new WordStats(counts, frequent);
        }

        boolean isGeneric(String word) {
            int[] c = counts.get(word);
            return frequent.contains(word) || (c != null && c[0] >= 3 && c[1] * 5 < c[0]);
        }
    }
}
