package khabar.core.ner;

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
}
