package khabar.core.event.eval;

/**
 * How often an attribute was right.
 *
 * @param correct right answers
 * @param total   events judged
 */
public record Accuracy(int correct, int total) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    /** The share right, 0 when nothing was judged. */
    public double value() {
        return total == 0 ? 0.0 : (double) correct / total;
    }

    /** Adds one judgement. */
    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), total + 1);
    }
}
