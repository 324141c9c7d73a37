package khabar.jobs.clusters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code train-clusters} run did: its counts, the seconds of each step, sample clusters, the file.
 *
 * @param linesRead    lines in the input files
 * @param linesUrdu    of them, the mostly-Urdu lines that were tokenized
 * @param tokensRead   tokens of those lines
 * @param tokens       tokens trained on (fewer than {@code tokensRead} when --max-tokens cut the corpus)
 * @param vocabulary   words seen at least --min-count times: the words of the file
 * @param covered      of {@code tokens}, those whose word is in the file
 * @param k            clusters
 * @param kmeansCost   KMeans' sum of squared distances of the (unit) vectors to their centres
 * @param seconds      seconds per step, in run order
 * @param samples      a few clusters, for a person to judge
 * @param out          the file written
 * @param bytes        its size
 */
public record ClusterRun(long linesRead, long linesUrdu, long tokensRead, long tokens, long vocabulary, long covered,
                         int k, double kmeansCost, Map<String, Double> seconds, List<Sample> samples, Path out,
                         long bytes) {
    public ClusterRun {
        seconds = new LinkedHashMap<>(seconds);
        samples = List.copyOf(samples);
    }

    /**
     * One cluster shown in the summary.
     *
     * @param cluster its id in the file
     * @param probe   the word it was picked for, or null when picked for its size
     * @param size    its number of words
     * @param top     its most frequent words, most frequent first
     */
    public record Sample(int cluster, String probe, int size, List<String> top) {
        public Sample {
            top = List.copyOf(top);
        }
    }

    /** The summary printed at the end of the run. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("khabar train-clusters: %s (%,d bytes)%n", out, bytes));
        b.append(String.format("  lines read   %,14d%n", linesRead));
        b.append(String.format("  Urdu lines   %,14d%n", linesUrdu));
        b.append(String.format("  tokens       %,14d%s%n", tokens,
                tokens < tokensRead ? String.format("  (first of %,d: --max-tokens)", tokensRead) : ""));
        b.append(String.format("  vocabulary   %,14d  (words seen at least --min-count times; they cover %.1f%% of the tokens)%n",
                vocabulary, tokens == 0 ? 0 : 100.0 * covered / tokens));
        b.append(String.format("  clusters     %,14d  (KMeans cost %.1f)%n", k, kmeansCost));
        double total = 0;
        b.append("  seconds per step:\n");
        for (Map.Entry<String, Double> e : seconds.entrySet()) {
            b.append(String.format("    %-22s %8.1f%n", e.getKey(), e.getValue()));
            total += e.getValue();
        }
        b.append(String.format("    %-22s %8.1f%n", "total", total));
        b.append("  sample clusters (most frequent words first):\n");
        for (Sample s : samples) {
            b.append(String.format("    %4d  %5d words%s: %s%n", s.cluster(), s.size(),
                    s.probe() == null ? "" : " (" + s.probe() + ")", String.join(" ", s.top())));
        }
        return b.toString();
    }
}
