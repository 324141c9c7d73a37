package khabar.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Finds phrases (token sequences from {@link PatternSyntax}, gaps allowed) in a sentence's token keys.
 * At each position the longest phrase wins (ties: the one written first); {@link #findAll} returns
 * non-overlapping matches from left to right. Immutable and thread-safe once built.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseMatcher<T> {
    /** A phrase found at tokens {@code [begin, end)}. */
    record Match<T>(int begin, int end, T value) {
    }

    private record Phrase<T>(String[] tokens, T value, int order) {
    }

    private final Map<String, List<Phrase<T>>> byFirst;

    private PhraseMatcher(Map<String, List<Phrase<T>>> byFirst) {
        this.byFirst = byFirst;
    }

    /** Collects phrases; the same token sequence twice is resolved by the merge function. */
    static final class Builder<T> {
        private final Map<List<String>, T> phrases = new LinkedHashMap<>();
        private final BinaryOperator<T> merge;

        Builder(BinaryOperator<T> merge) {
            this.merge = merge;
        }

        Builder<T> add(List<String> tokens, T value) {
            phrases.merge(List.copyOf(tokens), value, merge);
            return this;
        }

        PhraseMatcher<T> build() {
            Map<String, List<Phrase<T>>> index = new HashMap<>();
            int order = 0;
            for (Map.Entry<List<String>, T> e : phrases.entrySet()) {
                String[] tokens = e.getKey().toArray(String[]::new);
                index.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Phrase<>(tokens, e.getValue(), order++));
            }
            index.replaceAll((k, v) -> List.copyOf(v));
            // a plain HashMap, never written after this: its lookups are cheaper than Map.copyOf's probing,
            // and this lookup runs once per token and lexicon (see EventCostBenchmark)
            return new PhraseMatcher<>(index);
        }
    }

    /** Whether some phrase starts with this token key (a cheap test before a full scan). */
    boolean startsWith(String key) {
        return byFirst.containsKey(key);
    }

    /** How many distinct phrases start with some token (for tests and sizes). */
    int size() {
        return byFirst.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The longest phrase starting at token {@code at}, or null.
     *
     * @param keys   the token keys of the sentence
     * @param isWord which tokens are words (a gap never spans punctuation)
     */
    Match<T> matchAt(String[] keys, boolean[] isWord, int at) {
        List<Phrase<T>> candidates = byFirst.get(keys[at]);
        if (candidates == null) {
            return null;
        }
        Match<T> best = null;
        int bestOrder = Integer.MAX_VALUE;
        for (Phrase<T> p : candidates) {
            int end = end(p.tokens(), 1, keys, isWord, at + 1);
            if (end > 0 && (best == null || end > best.end() || end == best.end() && p.order() < bestOrder)) {
                best = new Match<>(at, end, p.value());
                bestOrder = p.order();
            }
        }
        return best;
    }

    /** Non-overlapping longest matches, left to right. */
    List<Match<T>> findAll(String[] keys, boolean[] isWord) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < keys.length) {
            Match<T> m = matchAt(keys, isWord, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** End (exclusive) of a match of {@code phrase[from..]} starting at token {@code at}, or -1. */
    private static int end(String[] phrase, int from, String[] keys, boolean[] isWord, int at) {
        if (from == phrase.length) {
            return at;
        }
        if (phrase[from].equals(PatternSyntax.GAP)) {
            for (int gap = 0; gap <= PatternSyntax.MAX_GAP; gap++) {
                if (gap > 0 && (at + gap - 1 >= keys.length || !isWord[at + gap - 1])) {
                    return -1;
                }
                int e = end(phrase, from + 1, keys, isWord, at + gap);
                if (e > 0) {
                    return e;
                }
            }
            return -1;
        }
        if (at >= keys.length || !phrase[from].equals(keys[at])) {
            return -1;
        }
        return end(phrase, from + 1, keys, isWord, at + 1);
    }
}
