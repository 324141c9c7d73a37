package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import khabar.core.lang.Analyzers;
import khabar.core.link.LinkSubtype;
import khabar.core.text.Analysis;
import khabar.core.text.Mention;

/**
 * Linking of ambiguous place names (Georgia, عمان, Punjab, Hyderabad, Tripoli, Kandahar province, ...) by the real
 * analyzers and the linker's context rules, on {@code khabar/link/ambiguous-places.tsv}: per mention, the kb_id of
 * the linked place that covers it against the expected one. Prints precision and recall per half (dev: used to
 * tune the rules; frozen: not) and language, and what went wrong; see docs/geo.md.
 */
class AmbiguousPlacesTest {
    private static final NlpSettings SETTINGS = NlpSettings.defaults();

    record Case(String split, String language, String text, List<String[]> expected) {
    }

    /** predicted: mentions that got a place id; correct: of those, the right one; gold: all mentions. */
    record Score(int predicted, int correct, int gold) {
        Score plus(Score o) {
            return new Score(predicted + o.predicted, correct + o.correct, gold + o.gold);
        }

        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }
    }

    @Test
    void linksAmbiguousPlaceNamesByTheirContext() {
        List<Case> cases = cases();
        Map<String, Score> scores = new HashMap<>();
        Score all = new Score(0, 0, 0);
        for (Case c : cases) {
            Analysis a = Analyzers.forLanguage(c.language(), SETTINGS).analyze(c.text());
            Map<String, Integer> seen = new HashMap<>();
            for (String[] e : c.expected()) {
                int nth = seen.merge(e[0], 1, Integer::sum);
                int at = occurrence(c.text(), e[0], nth);
                assertThat(at).as("occurrence %d of %s in %s", nth, e[0], c.text()).isGreaterThanOrEqualTo(0);
                String got = placeIdCovering(a, at, at + e[0].length());
                Score s = new Score(got == null ? 0 : 1, e[1].equals(got) ? 1 : 0, 1);
                scores.merge(c.split() + " " + c.language(), s, Score::plus);
                all = all.plus(s);
                if (!e[1].equals(got)) {
                    System.out.printf("  %s %s: %s -> %s, expected %s in: %s%n", c.split(), c.language(), e[0], got,
                            e[1], c.text());
                }
            }
        }
        scores.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> report(e.getKey(), e.getValue()));
        for (String split : List.of("dev", "frozen")) {
            report(split, scores.getOrDefault(split + " en", new Score(0, 0, 0))
                    .plus(scores.getOrDefault(split + " ur", new Score(0, 0, 0))));
        }
        report("all", all);
        assertThat(all.gold()).as("mentions in the fixture").isGreaterThanOrEqualTo(150);
        assertThat(scores.get("frozen ur").gold() + scores.get("dev ur").gold()).isGreaterThanOrEqualTo(60);
        assertThat(all.precision()).as("precision on ambiguous place names").isGreaterThanOrEqualTo(0.90);
        assertThat(all.recall()).as("recall on ambiguous place names").isGreaterThanOrEqualTo(0.85);
    }

    private static void report(String label, Score s) {
        System.out.printf(Locale.ROOT, "ambiguous places %s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", label,
                s.precision(), s.correct(), s.predicted(), s.recall(), s.correct(), s.gold());
    }

    /** The kb_id of a linked place (not a nationality) whose mention covers {@code [begin, end)}, or null. */
    static String placeIdCovering(Analysis a, int begin, int end) {
        for (Mention m : a.mentions()) {
            if (m.charBegin() <= begin && end <= m.charEnd() && m.link().isLinked()
                    && !LinkSubtype.NATIONALITY.name().equals(m.link().subtype())) {
                return m.link().kbId();
            }
        }
        return null;
    }

    /** Offset of the {@code nth} (1-based) case-insensitive occurrence of {@code needle}, or -1. */
    static int occurrence(String text, String needle, int nth) {
        String t = text.toLowerCase(Locale.ROOT);
        String n = needle.toLowerCase(Locale.ROOT);
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = t.indexOf(n, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AmbiguousPlacesTest.class.getResourceAsStream("/khabar/link/ambiguous-places.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String[]> expected = new ArrayList<>();
                for (String pair : f[3].split("\\|")) {
                    int eq = pair.lastIndexOf('=');
                    expected.add(new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
                }
                out.add(new Case(f[0], f[1], f[2], expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
