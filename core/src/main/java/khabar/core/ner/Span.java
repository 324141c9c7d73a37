package khabar.core.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import khabar.core.text.EntityType;

/**
 * An entity span over the tokens of one sentence.
 *
 * @param begin index of its first token
 * @param end   index one past its last token
 * @param type  its type, never null
 */
public record Span(int begin, int end, EntityType type) {
    public Span {
        Objects.requireNonNull(type, "type");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    /** Number of tokens it covers. */
    public int length() {
        return end - begin;
    }

    /** {@code spans} with {@code added} after them, in the order of their first tokens (a stable sort). */
    public static List<Span> withAdded(List<Span> spans, List<Span> added) {
        if (added.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size() + added.size());
        out.addAll(spans);
        out.addAll(added);
        out.sort(Comparator.comparingInt(Span::begin));
        return out;
    }

    /** For each of {@code tokens} tokens, whether one of {@code spans} covers it. */
    public static boolean[] covered(List<Span> spans, int tokens) {
        boolean[] taken = new boolean[tokens];
        for (Span s : spans) {
            java.util.Arrays.fill(taken, s.begin(), s.end(), true);
        }
        return taken;
    }
}
