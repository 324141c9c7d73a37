package khabar.core.nlp;

import java.util.List;

import khabar.core.text.Analysis;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;
import khabar.core.urdu.UrduSentenceSplitter;
import khabar.core.urdu.ner.UrduNer;

/**
 * Urdu: khabar's own normalizer, tokenizer and sentence splitter (CoreNLP has no Urdu models and its
 * Arabic segmenter corrupts Urdu) and the Urdu CRF NER ({@link UrduNer}, trained on IL-NER). Tokens keep
 * offsets into the original text; their normalized form is what NER and linking see.
 */
public final class UrduAnalyzer implements TextAnalyzer {
    private final UrduSentenceSplitter splitter;
    private final UrduNer ner;

    public UrduAnalyzer(NlpSettings settings) {
        this.splitter = new UrduSentenceSplitter(new UrduSentenceSplitter.Options(
                UrduSentenceSplitter.ParagraphBreak.NEWLINE, settings.maxSentenceTokens()));
        this.ner = UrduNer.get().withSettings(settings);
    }

    @Override
    public String language() {
        return "ur";
    }

    @Override
    public Analysis analyze(String text) {
        if (text == null || text.isBlank()) {
            return Analysis.EMPTY;
        }
        List<Sentence> sentences = splitter.split(text);
        return new Analysis(sentences, ner.mentions(text, sentences));
    }
}
