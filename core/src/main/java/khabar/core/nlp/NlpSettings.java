package khabar.core.nlp;

import java.util.List;
import java.util.Objects;

/**
 * What the analyzers need to know; also the key of the per-JVM analyzer cache ({@link Analyzers}).
 *
 * @param english            English CoreNLP pipeline: models and switches
 * @param corenlpLanguages   other languages analysed with CoreNLP's own models when their jar is on the
 *                           class path ({@link CoreNlpLanguage}: de, es, fr, zh, ar); others get tokens and
 *                           sentences only
 * @param maxSectionChars    a title or body longer than this is analysed only up to this length
 * @param maxSentenceTokens  sentences longer than this are split by the tokenizer's sentence splitter
 */
public record NlpSettings(EnglishNerOptions english, List<String> corenlpLanguages, int maxSectionChars,
                          int maxSentenceTokens) implements java.io.Serializable {

    public NlpSettings {
        Objects.requireNonNull(english, "english");
        corenlpLanguages = List.copyOf(corenlpLanguages);
        for (String l : corenlpLanguages) {
            CoreNlpLanguage.of(l);
        }
        if (maxSectionChars <= 0 || maxSentenceTokens <= 0) {
            throw new IllegalArgumentException("maxSectionChars and maxSentenceTokens must be positive");
        }
    }

    /** The defaults: {@link EnglishNerOptions#defaults()} (3-class English NER), no other CoreNLP language, 200,000 chars a section, 300 tokens a sentence. */
    public static NlpSettings defaults() {
        return new NlpSettings(EnglishNerOptions.defaults(), List.of(), 200_000, 300);
    }
}
