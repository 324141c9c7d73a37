package khabar.core.reading;

/**
 * Word counts of a text that GDELT's V2Tone is made of: its words (tokens with a letter or digit) and how
 * many of them are positive, negative (after negation), activity and self/group-reference words.
 */
public record ToneCounts(int words, int positive, int negative, int activity, int selfGroup) {
    public static final ToneCounts ZERO = new ToneCounts(0, 0, 0, 0, 0);

    public ToneCounts plus(ToneCounts o) {
        return new ToneCounts(words + o.words, positive + o.positive, negative + o.negative, activity + o.activity,
                selfGroup + o.selfGroup);
    }

    /** The V2Tone fields of these counts, or null when there are no words (nothing to divide by). */
    public Tone tone() {
        if (words == 0) {
            return null;
        }
        double pos = 100.0 * positive / words;
        double neg = 100.0 * negative / words;
        return new Tone(pos - neg, pos, neg, pos + neg, 100.0 * activity / words, 100.0 * selfGroup / words, words);
    }

    /**
     * The label of a sentence or text read as a whole: {@code positive} when it has more positive than negative
     * words, {@code negative} when fewer, {@code neutral} otherwise (none of either, or as many).
     */
    public String label() {
        return positive > negative ? "positive" : negative > positive ? "negative" : "neutral";
    }
}
