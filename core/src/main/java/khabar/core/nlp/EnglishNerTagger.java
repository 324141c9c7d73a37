package khabar.core.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;

/**
 * English NER over already tokenized sentences (gold files), with the same CoreNLP CRF models,
 * combination and switches (no SUTime, no numeric classifiers) as {@link EnglishAnalyzer} uses in the job.
 */
public final class EnglishNerTagger implements PretokenizedTagger {
    private final NERClassifierCombiner classifier;

    public EnglishNerTagger(List<String> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no English NER model configured (khabar.nlp.english.ner-models)");
        }
        try {
            this.classifier = new NERClassifierCombiner(false, false, models.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load English NER models " + models, e);
        }
    }

    @Override
    public List<Span> tag(List<String> tokens) {
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            CoreLabel l = new CoreLabel();
            l.setWord(t);
            l.setOriginalText(t);
            l.setValue(t);
            labels.add(l);
        }
        List<CoreLabel> out = classifier.classifySentence(labels);
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < out.size()) {
            String tag = out.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            EntityType type = EntityType.fromTag(tag);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < out.size() && tag.equals(out.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            spans.add(new Span(i, j, type));
            i = j;
        }
        return spans;
    }
}
