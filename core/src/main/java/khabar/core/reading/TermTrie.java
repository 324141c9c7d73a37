package khabar.core.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms of one or more tokens (lexicon keys) in a token trie: {@link #findAll} scans a token sequence left to
 * right and at each position takes the longest term that starts there (whole tokens only), then goes on after
 * it. A scan walks at most {@link #depth()} trie nodes per position, so it is linear in the number of tokens.
 * Immutable and thread-safe once built.
 *
 * @param <T> what a term stands for
 */
public final class TermTrie<T> {
    /** A term found at tokens {@code [begin, end)}: its key (tokens joined by one space) and value. */
    public record Match<T>(int begin, int end, String term, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        String term;
        T value;
    }

    private final Node<T> root;
    private final int depth;
    private final int size;

    private TermTrie(Node<T> root, int depth, int size) {
        this.root = root;
        this.depth = depth;
        this.size = size;
    }

    /** Collects terms; a term added twice keeps its first value. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private int depth;
        private int size;

        /** Adds a term as its token keys; returns false when it was there already (the first value stays). */
        public boolean add(List<String> keys, T value) {
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("empty term");
            }
            Node<T> n = root;
            for (String k : keys) {
                n = n.next.computeIfAbsent(k, x -> new Node<>());
            }
            if (n.term != null) {
                return false;
            }
            n.term = String.join(" ", keys);
            n.value = value;
            depth = Math.max(depth, keys.size());
            size++;
            return true;
        }

        public TermTrie<T> build() {
            return new TermTrie<>(root, depth, size);
        }
    }

    /** The number of terms. */
    public int size() {
        return size;
    }

    /** The most tokens of a term. */
    public int depth() {
        return depth;
    }

    /** The longest term starting at token {@code at}, or null. */
    public Match<T> matchAt(List<String> keys, int at) {
        Node<T> n = root;
        Match<T> best = null;
        for (int i = at; i < keys.size(); i++) {
            n = n.next.get(keys.get(i));
            if (n == null) {
                break;
            }
            if (n.term != null) {
                best = new Match<>(at, i + 1, n.term, n.value);
            }
        }
        return best;
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<T>> findAll(List<String> keys) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < keys.size()) {
            Match<T> m = matchAt(keys, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
