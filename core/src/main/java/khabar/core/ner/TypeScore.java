package khabar.core.ner;

/**
 * Exact-span counts for one type (or for all chosen types, micro-averaged).
 *
 * @param tp predicted spans that match a gold span exactly (bounds and type)
 * @param fp predicted spans that match none
 * @param fn gold spans that no prediction matches
 */
public record TypeScore(int tp, int fp, int fn) {
    /** No counts. */
    public static final TypeScore ZERO = new TypeScore(0, 0, 0);

    /** Precision, 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** Recall, 0 when there is no gold span. */
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Sum of two counts. */
    public TypeScore plus(TypeScore other) {
        return new TypeScore(tp + other.tp, fp + other.fp, fn + other.fn);
    }
}
