package khabar.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.ner.Span;

/**
 * English NER over already tokenized sentences (gold files): the same CoreNLP pipeline as
 * {@link EnglishAnalyzer} builds from {@link EnglishNerOptions} (models, POS, SUTime, numeric and
 * fine-grained switches), except that it splits tokens at spaces and sentences at line ends, so the gold
 * tokens are the tokens tagged.
 */
public final class EnglishNerTagger implements PretokenizedTagger {
    private final StanfordCoreNLP pipeline;

    public EnglishNerTagger(EnglishNerOptions options) {
        if (!options.ner()) {
            throw new IllegalArgumentException("no English NER model configured (khabar.nlp.english.ner-models)");
        }
        Properties p = options.pipelineProperties(Integer.MAX_VALUE);
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.eolonly", "true");
        p.remove("ssplit.maxSentenceLength");
        this.pipeline = new StanfordCoreNLP(p, false);
    }

    @Override
    public List<Span> tag(List<String> tokens) {
        for (String t : tokens) {
            if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("gold token with white space or empty: '" + t + "'");
            }
        }
        Annotation doc = new Annotation(String.join(" ", tokens));
        pipeline.annotate(doc);
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            labels.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        if (labels.size() != tokens.size()) {
            throw new IllegalStateException("CoreNLP made " + labels.size() + " tokens of " + tokens.size() + ": " + tokens);
        }
        return CoreNlpDocuments.spans(labels);
    }
}
