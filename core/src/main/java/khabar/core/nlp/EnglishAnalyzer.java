package khabar.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import khabar.core.text.Analysis;
import khabar.core.text.EntityType;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;
import khabar.core.text.Token;

/**
 * English through Stanford CoreNLP, configured for speed: {@code tokenize,ssplit,ner} without POS and
 * lemmas ({@code enforceRequirements=false}), the CRF models of {@link NlpSettings#englishNerModels()},
 * no SUTime, no numeric classifiers, no fine-grained (KBP) step. Thread-safe: one pipeline per JVM.
 */
public final class EnglishAnalyzer implements TextAnalyzer {
    private final StanfordCoreNLP pipeline;
    private final String extractor;
    private final boolean ner;

    EnglishAnalyzer(NlpSettings settings) {
        this.ner = !settings.englishNerModels().isEmpty();
        this.pipeline = new StanfordCoreNLP(properties(settings), false);
        this.extractor = "corenlp-" + settings.englishNerModels().stream()
                .map(m -> m.substring(m.lastIndexOf('/') + 1).replace(".crf.ser.gz", "").replace("english.", ""))
                .reduce((a, b) -> a + "+" + b).orElse("none");
    }

    /** The CoreNLP pipeline properties for these settings (also what benchmarks run raw CoreNLP with). */
    public static Properties properties(NlpSettings settings) {
        Properties p = new Properties();
        p.setProperty("annotators", settings.englishNerModels().isEmpty() ? "tokenize,ssplit" : "tokenize,ssplit,ner");
        p.setProperty("ssplit.maxSentenceLength", Integer.toString(settings.maxSentenceTokens()));
        p.setProperty("ner.model", String.join(",", settings.englishNerModels()));
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Analysis analyze(String text) {
        if (text == null || text.isBlank()) {
            return Analysis.EMPTY;
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int index = sentences.size();
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                tokens.add(new Token(text.substring(l.beginPosition(), l.endPosition()), l.word(),
                        l.beginPosition(), l.endPosition()));
            }
            sentences.add(new Sentence(index, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
            if (ner) {
                collectMentions(text, index, labels, tokens, mentions);
            }
        }
        return new Analysis(sentences, mentions);
    }

    /** Groups runs of tokens with the same entity tag into mentions (CoNLL models tag IO, not BIO). */
    private void collectMentions(String text, int sentenceIndex, List<CoreLabel> labels, List<Token> tokens,
                                 List<Mention> out) {
        int i = 0;
        while (i < labels.size()) {
            String tag = labels.get(i).ner();
            EntityType type = EntityType.fromTag(tag);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && tag.equals(labels.get(j).ner())) {
                j++;
            }
            int begin = tokens.get(i).begin();
            int end = tokens.get(j - 1).end();
            String surface = text.substring(begin, end);
            out.add(new Mention(sentenceIndex, i, j, begin, end, surface, surface.replaceAll("\\s+", " "),
                    type, confidence(labels, i, j, tag), extractor, null));
            i = j;
        }
    }

    /** The mean probability the CRF gave the chosen tag over the mention's tokens, or 1 when it gave none. */
    private static double confidence(List<CoreLabel> labels, int from, int to, String tag) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            var probs = labels.get(k).get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
            if (probs == null || !probs.containsKey(tag)) {
                return 1.0;
            }
            sum += probs.get(tag);
        }
        return sum / (to - from);
    }
}
