package khabar.core.urdu.ner;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.ner.Span;
import khabar.core.ner.Tags;

/**
 * Tags token sequences with a trained Urdu CRF, decoded with a class bias ({@link UrduBiasedCrf}). The input
 * tokens are normalized here ({@link UrduNerLabels#featureForm}); {@link #tagForms} takes forms already normalized. Thread-safe:
 * CoreNLP's {@code CRFClassifier.classify} keeps no state between calls once the model is loaded (its
 * NER annotator shares one classifier across threads the same way); {@code UrduNerConcurrencyTest} checks it.
 */
public final class UrduCrfTagger implements PretokenizedTagger {
    private final UrduBiasedCrf crf;
    private final String classBias;
    private final double[] bias;

    /**
     * @param crf       a loaded model trained by {@link UrduNerTrainer}
     * @param classBias the bias of its labels when decoding ({@link UrduBiasedCrf#bias}; blank: none)
     */
    public UrduCrfTagger(UrduBiasedCrf crf, String classBias) {
        this.crf = crf;
        this.classBias = classBias == null ? "" : classBias.strip();
        this.bias = crf.bias(this.classBias);
    }

    /** The same model decoded with another class bias. */
    public UrduCrfTagger withClassBias(String spec) {
        return new UrduCrfTagger(crf, spec);
    }

    /** The class bias it decodes with, as given ({@code ""}: none). */
    public String classBias() {
        return classBias;
    }

    @Override
    public List<Span> tag(List<String> tokens) {
        return tagForms(UrduNerLabels.featureForms(tokens));
    }

    /** Tags tokens already in their feature form (normalized, no spaces). */
    public List<Span> tagForms(List<String> forms) {
        return Tags.decode(labels(forms));
    }

    /** The IO label the CRF gives each token. */
    public List<String> labels(List<String> forms) {
        return forms.isEmpty() ? List.of() : answers(crf.classifySentence(coreLabels(forms), bias));
    }

    /** Each token's IO label and the CRF's marginal probability of it ({@link UrduBiasedCrf#classifyWithConfidence}). */
    public record Decoded(List<String> labels, double[] confidence) {
    }

    /** The labels of {@link #labels} with their marginal probabilities: a second pass, for self-training. */
    public Decoded decode(List<String> forms) {
        if (forms.isEmpty()) {
            return new Decoded(List.of(), new double[0]);
        }
        UrduBiasedCrf.Labelled out = crf.classifyWithConfidence(coreLabels(forms), bias);
        return new Decoded(answers(out.tokens()), out.confidence());
    }

    private static List<CoreLabel> coreLabels(List<String> forms) {
        List<CoreLabel> doc = new ArrayList<>(forms.size());
        for (String f : forms) {
            CoreLabel cl = new CoreLabel();
            cl.setWord(f);
            cl.setValue(f);
            doc.add(cl);
        }
        // classifySentence, not classify: it derives the word shapes and other annotations the
        // features read, exactly as the training reader did
        return doc;
    }

    private static List<String> answers(List<CoreLabel> out) {
        List<String> labels = new ArrayList<>(out.size());
        for (CoreLabel cl : out) {
            String a = cl.get(CoreAnnotations.AnswerAnnotation.class);
            labels.add(a == null ? UrduNerLabels.OUTSIDE : a);
        }
        return labels;
    }
}
