package khabar.jobs.clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Picks the clusters a run's summary shows: those of the probe words first, then the largest. */
final class ClusterSamples {
    private ClusterSamples() {
    }

    /**
     * @param clusters word to cluster
     * @param counts   word to corpus count (every word of {@code clusters})
     * @param probes   words whose clusters come first, when they have one
     * @param n        how many clusters
     * @param words    how many words of each, most frequent first
     */
    static List<ClusterRun.Sample> pick(Map<String, Integer> clusters, Map<String, Long> counts, List<String> probes,
                                        int n, int words) {
        Map<Integer, List<String>> members = new HashMap<>();
        clusters.forEach((w, c) -> members.computeIfAbsent(c, x -> new ArrayList<>()).add(w));
        Map<Integer, String> chosen = new LinkedHashMap<>();
        for (String p : probes) {
            Integer c = clusters.get(p);
            if (c != null && chosen.size() < n) {
                chosen.putIfAbsent(c, p);
            }
        }
        List<Integer> bySize = new ArrayList<>(members.keySet());
        bySize.sort(Comparator.comparingInt((Integer c) -> -members.get(c).size()).thenComparing(c -> c));
        for (Integer c : bySize) {
            if (chosen.size() >= n) {
                break;
            }
            chosen.putIfAbsent(c, null);
        }
        Comparator<String> frequentFirst = Comparator.comparingLong((String w) -> -counts.getOrDefault(w, 0L))
                .thenComparing(w -> w);
        List<ClusterRun.Sample> out = new ArrayList<>();
        chosen.forEach((c, probe) -> {
            List<String> m = new ArrayList<>(members.get(c));
            m.sort(frequentFirst);
            out.add(new ClusterRun.Sample(c, probe, m.size(), m.subList(0, Math.min(words, m.size()))));
        });
        return out;
    }
}
