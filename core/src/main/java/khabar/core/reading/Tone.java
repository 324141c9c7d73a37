package khabar.core.reading;

/**
 * GDELT V2Tone's fields of a text (GKG codebook 2.1, V1.5TONE), each a percentage of {@code wordCount}.
 *
 * @param tone             positive score minus negative score (-100..100)
 * @param positiveScore    100 × positive words / words
 * @param negativeScore    100 × negative words / words
 * @param polarity         positive score plus negative score: how emotionally charged the text is
 * @param activityDensity  100 × activity words / words
 * @param selfGroupDensity 100 × self- and group-reference words (we, our, ہم, ہمارا) / words
 * @param wordCount        words (tokens with a letter or digit)
 */
public record Tone(double tone, double positiveScore, double negativeScore, double polarity, double activityDensity,
                   double selfGroupDensity, int wordCount) {
}
