package khabar.core.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import khabar.core.link.LinkSubtype;
import khabar.core.text.Analysis;
import khabar.core.text.Mention;

/**
 * The linking precision fixture ({@code khabar/link/linking-precision.tsv}): sentences in English and Urdu
 * with the places they name and the ids those should get, and the scoring of an analysis against them.
 * Places are mentions with a kb_id and a subtype other than NATIONALITY; a sentence's gold and predicted
 * ids are compared as multisets (a right id on a slightly different span still counts).
 */
final class LinkingFixture {
    record Case(String language, String sentence, List<String> expectedIds) {
    }

    /** Counts over some cases; {@code misses} and {@code wrong} say which ids, for the report. */
    record Score(int predicted, int gold, int correct, List<String> wrong, List<String> misses) {
        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }

        Score plus(Score o) {
            List<String> w = new ArrayList<>(wrong);
            w.addAll(o.wrong);
            List<String> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Score(predicted + o.predicted, gold + o.gold, correct + o.correct, w, m);
        }
    }

    static final Score ZERO = new Score(0, 0, 0, List.of(), List.of());

    private LinkingFixture() {
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LinkingFixture.class.getResourceAsStream("/khabar/link/linking-precision.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> ids = new ArrayList<>();
                for (String pair : cols[2].split("\\|")) {
                    if (!pair.isBlank()) {
                        ids.add(pair.substring(pair.lastIndexOf('=') + 1).trim());
                    }
                }
                out.add(new Case(cols[0], cols[1], ids));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The kb_ids of the places linked in an analysis. */
    static List<String> placeIds(Analysis a) {
        List<String> ids = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.link().isLinked() && !LinkSubtype.NATIONALITY.name().equals(m.link().subtype())) {
                ids.add(m.link().kbId());
            }
        }
        return ids;
    }

    static Score score(Case c, List<String> predicted) {
        Map<String, Integer> left = new HashMap<>();
        c.expectedIds().forEach(id -> left.merge(id, 1, Integer::sum));
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        for (String id : predicted) {
            if (left.getOrDefault(id, 0) > 0) {
                left.merge(id, -1, Integer::sum);
                correct++;
            } else {
                wrong.add(c.language() + " " + id + " in: " + c.sentence());
            }
        }
        List<String> misses = new ArrayList<>();
        left.forEach((id, n) -> {
            for (int i = 0; i < n; i++) {
                misses.add(c.language() + " " + id);
            }
        });
        return new Score(predicted.size(), c.expectedIds().size(), correct, wrong, misses);
    }
}
