package khabar.core.quote.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a quotation evaluation (docs/quotes.md). A system quotation matches the gold quotation whose
 * quote span it overlaps most (one to one). It is <b>right</b> when its quote span covers the gold one with
 * overlap / union ≥ {@link QuoteEvaluation#SPAN_TOLERANCE} (after both are trimmed of spaces, marks and final
 * stops) and its speaker span overlaps the gold speaker's.
 */
public record QuoteScore(int gold, int system, int matched, int right, int exactSpan, int speakerRight,
                         int kindRight, int verbRight, List<String> errors) {
    /** Share of gold quotations found with their quote span and speaker right (the figure; = recall). */
    public double recall() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    /** Share of system quotations that are right. */
    public double precision() {
        return system == 0 ? 0 : (double) right / system;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    QuoteScore plus(QuoteScore o) {
        List<String> e = new ArrayList<>(errors);
        e.addAll(o.errors);
        return new QuoteScore(gold + o.gold, system + o.system, matched + o.matched, right + o.right,
                exactSpan + o.exactSpan, speakerRight + o.speakerRight, kindRight + o.kindRight, verbRight + o.verbRight, e);
    }

    static final QuoteScore ZERO = new QuoteScore(0, 0, 0, 0, 0, 0, 0, 0, List.of());

    /** The figures as one JSON object (no error lines). */
    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"gold\": %d, \"system\": %d, \"matched\": %d, \"right\": %d, \"exact_span\": %d, \"speaker_right\": %d, "
                        + "\"kind_right\": %d, \"verb_right\": %d, \"recall\": %.4f, \"precision\": %.4f, \"f1\": %.4f}",
                gold, system, matched, right, exactSpan, speakerRight, kindRight, verbRight, recall(), precision(), f1());
    }

    /** The figures as text, one per line. */
    public String toText() {
        return String.format(java.util.Locale.ROOT,
                "gold quotations       %d%nsystem quotations     %d%nmatched (overlap)     %d%n"
                        + "right (span+speaker)  %d%n  exact quote span    %d%n  speaker right       %d (of matched)%n"
                        + "  kind right          %d (of matched)%n  verb right          %d (of matched)%n"
                        + "recall (share right)  %.3f%nprecision             %.3f%nF1                    %.3f%n",
                gold, system, matched, right, exactSpan, speakerRight, kindRight, verbRight, recall(), precision(), f1());
    }
}
