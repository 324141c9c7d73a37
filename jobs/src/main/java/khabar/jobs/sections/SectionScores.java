package khabar.jobs.sections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy, and precision, recall and F1 per label and macro-averaged, of predicted against gold labels. The
 * macro average is over the labels that occur in the gold set or the predictions; an article without a
 * prediction (null) counts as wrong.
 */
public record SectionScores(int items, int correct, Map<String, Label> perLabel) {
    /** One label's figures. */
    public record Label(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores {@code predicted} (null allowed) against {@code gold}, item by item. */
    public static SectionScores of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i);
            String p = predicted.get(i);
            counts.computeIfAbsent(g, k -> new int[3])[0]++;
            if (p != null) {
                counts.computeIfAbsent(p, k -> new int[3])[1]++;
            }
            if (g.equals(p)) {
                counts.get(g)[2]++;
                correct++;
            }
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String label : Sections.LABELS) {
            int[] c = counts.remove(label);
            if (c != null) {
                labels.put(label, new Label(c[0], c[1], c[2]));
            }
        }
        counts.forEach((label, c) -> labels.put(label, new Label(c[0], c[1], c[2])));
        return new SectionScores(gold.size(), correct, labels);
    }

    public double accuracy() {
        return items == 0 ? 0 : (double) correct / items;
    }

    public double macroF1() {
        return perLabel.values().stream().mapToDouble(Label::f1).average().orElse(0);
    }

    /** A table for people: one line per label, then accuracy and macro-F1. */
    public String toText() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-22s %6s %6s %6s %5s%n", "label", "P", "R", "F1", "n"));
        perLabel.forEach((label, l) -> b.append(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %5d%n", label,
                l.precision(), l.recall(), l.f1(), l.gold())));
        b.append(String.format(Locale.ROOT, "accuracy %.4f  macro-F1 %.4f  (%d articles)%n", accuracy(), macroF1(), items));
        return b.toString();
    }

    /** The JSON line of {@code eval-sections --json}. */
    public String toJson(double itemsPerSecond) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "{\"accuracy\":%.4f,\"macro_f1\":%.4f,\"per_label\":{",
                accuracy(), macroF1()));
        boolean first = true;
        for (Map.Entry<String, Label> e : perLabel.entrySet()) {
            Label l = e.getValue();
            b.append(first ? "" : ",").append(String.format(Locale.ROOT,
                    "\"%s\":{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f,\"gold\":%d,\"predicted\":%d}", e.getKey(),
                    l.precision(), l.recall(), l.f1(), l.gold(), l.predicted()));
            first = false;
        }
        return b.append(String.format(Locale.ROOT, "},\"items\":%d,\"items_per_second\":%.1f}", items, itemsPerSecond)).toString();
    }
}
