package khabar.core.text;

/**
 * Tokenizes, splits sentences and finds entities in one language. Implementations are thread-safe and
 * heavy: build them once per JVM (see {@code khabar.core.lang.Analyzers}), never per record.
 */
public interface TextAnalyzer {
    /** ISO 639-1 code of the language this analyzer handles. */
    String language();

    /** Analyses one section (title or body). Offsets in the result are UTF-16 offsets into {@code text}. */
    Analysis analyze(String text);

    /** {@link #analyze(String)}, reporting the time it took as step {@link StepTimes#NLP} (or finer). */
    default Analysis analyze(String text, StepTimes times) {
        long start = System.nanoTime();
        Analysis a = analyze(text);
        times.add(StepTimes.NLP, System.nanoTime() - start);
        return a;
    }
}
