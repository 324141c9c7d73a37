package khabar.core.reading.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy and per-label precision, recall and F1 of predicted against gold labels, macro-F1 their mean over the
 * labels that occur in gold or predictions. A null prediction (nothing to classify) counts as wrong. Immutable.
 */
public record LabelScores(int items, int correct, Map<String, Counts> perLabel, double seconds) {
    /** One label's counts. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public int support() {
            return truePositives + falseNegatives;
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores of {@code predicted} against {@code gold} (same order and size), which took {@code seconds}. */
    public static LabelScores of(List<String> gold, List<String> predicted, double seconds) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        TreeSet<String> labels = new TreeSet<>(gold);
        predicted.stream().filter(java.util.Objects::nonNull).forEach(labels::add);
        Map<String, Counts> per = new TreeMap<>();
        int correct = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = label.equals(predicted.get(i));
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            per.put(label, new Counts(tp, fp, fn));
        }
        for (int i = 0; i < gold.size(); i++) {
            correct += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return new LabelScores(gold.size(), correct, Map.copyOf(per), seconds);
    }

    public double accuracy() {
        return ratio(correct, items);
    }

    public double macroF1() {
        return perLabel.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    public double itemsPerSecond() {
        return seconds <= 0 ? 0 : items / seconds;
    }

    /** A table for people: one line per label, then accuracy and macro-F1. */
    public String toTable() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %9s %9s %9s %8s%n", "label", "precision",
                "recall", "f1", "support"));
        new TreeMap<>(perLabel).forEach((label, c) -> b.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f %8d%n",
                label, c.precision(), c.recall(), c.f1(), c.support())));
        b.append(String.format(Locale.ROOT, "accuracy %.3f (%d/%d), macro-F1 %.3f, %.1f items/s%n", accuracy(), correct,
                items, macroF1(), itemsPerSecond()));
        return b.toString();
    }

    /**
     * One JSON line: {@code {"accuracy":…, "macro_f1":…, "per_label":{"negative":{"precision":…, "recall":…, "f1":…,
     * "support":…}, …}, "items":…, "items_per_second":…}}.
     */
    public String toJson() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "{\"accuracy\":%.4f,\"macro_f1\":%.4f,\"per_label\":{", accuracy(), macroF1()));
        String sep = "";
        for (Map.Entry<String, Counts> e : new TreeMap<>(perLabel).entrySet()) {
            Counts c = e.getValue();
            b.append(sep).append('"').append(e.getKey().replace("\\", "\\\\").replace("\"", "\\\"")).append("\":")
                    .append(String.format(Locale.ROOT, "{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"support\":%d}",
                            c.precision(), c.recall(), c.f1(), c.support()));
            sep = ",";
        }
        b.append(String.format(Locale.ROOT, "},\"items\":%d,\"items_per_second\":%.1f}", items, itemsPerSecond()));
        return b.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
