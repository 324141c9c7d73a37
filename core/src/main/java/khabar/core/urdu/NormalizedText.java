package khabar.core.urdu;

/**
 * A normalized text that remembers where each of its chars came from in the source text, so that a match found
 * in the normalized form can be reported with source UTF-16 offsets. Built by {@link UrduNormalizer#align}.
 * Immutable.
 *
 * <p>A span {@code [b, e)} of {@link #text()} covers the source span
 * {@code [sourceBegin(b), sourceEnd(e))}. Diacritics and tatweel removed after a char count as part of it (so a
 * match on بغداد in بغدادؔ covers the mark); removed invisible controls do not.
 */
public final class NormalizedText {
    private final String source;
    private final String text;
    private final int[] begins;
    private final int[] ends;

    NormalizedText(String source, String text, int[] begins, int[] ends, int length) {
        this.source = source;
        this.text = text;
        this.begins = java.util.Arrays.copyOf(begins, length);
        this.ends = java.util.Arrays.copyOf(ends, length);
    }

    /** The text as given to {@link UrduNormalizer#align}. */
    public String source() {
        return source;
    }

    /** The normalized text: equal to {@code UrduNormalizer.normalize(source())}. */
    public String text() {
        return text;
    }

    /** Length of the normalized text. */
    public int length() {
        return text.length();
    }

    /**
     * Source offset where normalized char {@code index} starts; for {@code index == length()} the source length.
     */
    public int sourceBegin(int index) {
        if (index == begins.length) {
            return source.length();
        }
        return begins[index];
    }

    /**
     * Source offset one past the source chars that produced normalized chars up to {@code endExclusive}
     * (exclusive); for {@code endExclusive == 0} it is 0.
     */
    public int sourceEnd(int endExclusive) {
        if (endExclusive == 0) {
            return 0;
        }
        return ends[endExclusive - 1];
    }

    @Override
    public String toString() {
        return text;
    }
}
