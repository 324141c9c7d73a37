package khabar.core.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import khabar.core.text.Analysis;
import khabar.core.text.TextAnalyzer;

/**
 * English through Stanford CoreNLP as {@link EnglishNerOptions} says; by default configured for speed:
 * {@code tokenize,ssplit,ner} without POS and lemmas ({@code enforceRequirements=false}), the 3-class
 * CRF, no SUTime, no numeric classifiers, no fine-grained (KBP) step. Thread-safe: one pipeline
 * per JVM.
 */
public final class EnglishAnalyzer implements TextAnalyzer {
    private final StanfordCoreNLP pipeline;
    private final EnglishNerOptions options;

    public EnglishAnalyzer(NlpSettings settings) {
        this.options = settings.english();
        this.pipeline = new StanfordCoreNLP(options.pipelineProperties(settings.maxSentenceTokens()), false);
    }

    /** The CoreNLP pipeline properties for these settings (also what benchmarks run raw CoreNLP with). */
    public static java.util.Properties properties(NlpSettings settings) {
        return settings.english().pipelineProperties(settings.maxSentenceTokens());
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Analysis analyze(String text) {
        return CoreNlpDocuments.analyze(pipeline, text, options.ner(), options.extractor());
    }
}
