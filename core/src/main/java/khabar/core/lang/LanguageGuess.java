package khabar.core.lang;

/**
 * The language of a text.
 *
 * @param language ISO 639-1 code, or {@code und} when unsure
 * @param score    0..1, how sure the identifier is
 * @param method   how it was decided: {@code script} (letters and function words) or {@code opennlp}
 */
public record LanguageGuess(String language, double score, String method) {
    public static final String UNDETERMINED = "und";

    public static LanguageGuess undetermined(double score, String method) {
        return new LanguageGuess(UNDETERMINED, score, method);
    }
}
