package khabar.core.nlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import khabar.core.ner.Span;
import khabar.core.text.Analysis;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;
import khabar.core.text.Token;

/**
 * Arabic: tokens and sentences from {@link BasicAnalyzer} (ICU), never CoreNLP's Arabic segmenter, which
 * rewrites the text (clitics split off and normalized); so offsets point into the original. When the Arabic
 * model jar names an NER model, that CRF tags the ICU tokens, best effort: it was trained on segmented
 * text, so words with attached clitics (والعراق) are often missed.
 */
final class ArabicAnalyzer implements TextAnalyzer {
    private final BasicAnalyzer tokens = new BasicAnalyzer("ar");
    private final CRFClassifier<CoreLabel> crf;
    private final String extractor;

    /** @param nerModel the CRF resource, or null for tokens and sentences only */
    ArabicAnalyzer(String nerModel) {
        try {
            this.crf = nerModel == null ? null : CRFClassifier.getClassifier(nerModel);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the Arabic NER model " + nerModel, e);
        }
        this.extractor = nerModel == null ? null
                : "corenlp-" + nerModel.substring(nerModel.lastIndexOf('/') + 1).replace(".crf.ser.gz", "");
    }

    @Override
    public String language() {
        return "ar";
    }

    @Override
    public Analysis analyze(String text) {
        Analysis base = tokens.analyze(text);
        if (crf == null || base.sentences().isEmpty()) {
            return base;
        }
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : base.sentences()) {
            List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                CoreLabel l = new CoreLabel();
                l.setWord(t.text());
                l.setOriginalText(t.text());
                l.setValue(t.text());
                labels.add(l);
            }
            List<CoreLabel> tagged = crf.classifySentence(labels);
            for (Span span : CoreNlpDocuments.spans(tagged)) {
                int begin = s.tokens().get(span.begin()).begin();
                int end = s.tokens().get(span.end() - 1).end();
                String surface = text.substring(begin, end);
                mentions.add(new Mention(s.index(), span.begin(), span.end(), begin, end, surface,
                        surface.replaceAll("\\s+", " "), span.type(), 1.0, extractor, null));
            }
        }
        return new Analysis(base.sentences(), mentions);
    }
}
