package khabar.core.nlp;

import java.util.List;

/**
 * What the analyzers need to know; also the key of the per-JVM analyzer cache ({@link Analyzers}).
 *
 * @param englishNerModels   CoreNLP NER model resources for English, applied in order (empty: no English NER)
 * @param maxSectionChars    a title or body longer than this is analysed only up to this length
 * @param maxSentenceTokens  sentences longer than this are split by the tokenizer's sentence splitter
 */
public record NlpSettings(List<String> englishNerModels, int maxSectionChars, int maxSentenceTokens)
        implements java.io.Serializable {
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    public NlpSettings {
        englishNerModels = List.copyOf(englishNerModels);
        if (maxSectionChars <= 0 || maxSentenceTokens <= 0) {
            throw new IllegalArgumentException("maxSectionChars and maxSentenceTokens must be positive");
        }
    }

    /** The defaults: CoNLL 4-class NER, 200,000 chars a section, 300 tokens a sentence. */
    public static NlpSettings defaults() {
        return new NlpSettings(List.of(CONLL_4CLASS), 200_000, 300);
    }
}
