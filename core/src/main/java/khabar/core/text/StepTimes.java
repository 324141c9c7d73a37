package khabar.core.text;

/**
 * Where an analyzer reports how long its steps took (nanoseconds), for benchmarks: {@code nlp} (tokens,
 * sentences, NER) and {@code link} (entity linking). Implementations must be thread-safe; {@link #NONE}
 * drops everything.
 */
@FunctionalInterface
public interface StepTimes {
    String NLP = "nlp";
    String LINK = "link";

    StepTimes NONE = (step, nanos) -> { };

    void add(String step, long nanos);
}
