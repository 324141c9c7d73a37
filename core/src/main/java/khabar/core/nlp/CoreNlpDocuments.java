package khabar.core.nlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import khabar.core.ner.Span;
import khabar.core.ner.Tags;
import khabar.core.text.Analysis;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

/**
 * Turns a CoreNLP pipeline's output into an {@link Analysis}: tokens with offsets into the original text
 * (token text is the substring, never CoreNLP's normalized word), sentences, and mentions grouped from the
 * per-token tags with {@link Tags#decode} (CoreNLP's CRF models tag IO, not BIO).
 */
final class CoreNlpDocuments {
    private CoreNlpDocuments() {
    }

    static Analysis analyze(StanfordCoreNLP pipeline, String text, boolean ner, String extractor) {
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
                for (Span span : spans(labels)) {
                    mentions.add(mention(text, index, labels, tokens, span, extractor));
                }
            }
        }
        return new Analysis(sentences, mentions);
    }

    /** The entity spans of one sentence's tagged tokens. */
    static List<Span> spans(List<CoreLabel> labels) {
        List<String> tags = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String tag = l.ner();
            tags.add(tag == null ? l.get(CoreAnnotations.AnswerAnnotation.class) : tag);
        }
        return Tags.decode(tags);
    }

    private static Mention mention(String text, int sentenceIndex, List<CoreLabel> labels, List<Token> tokens,
                                   Span span, String extractor) {
        int begin = tokens.get(span.begin()).begin();
        int end = tokens.get(span.end() - 1).end();
        String surface = text.substring(begin, end);
        return new Mention(sentenceIndex, span.begin(), span.end(), begin, end, surface,
                surface.replaceAll("\\s+", " "), span.type(), confidence(labels, span), extractor, null);
    }

    /** The mean probability the CRF gave each token's tag over the mention, or 1 when it gave none. */
    private static double confidence(List<CoreLabel> labels, Span span) {
        double sum = 0;
        for (int k = span.begin(); k < span.end(); k++) {
            CoreLabel l = labels.get(k);
            var probs = l.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
            if (probs == null || !probs.containsKey(l.ner())) {
                return 1.0;
            }
            sum += probs.get(l.ner());
        }
        return sum / span.length();
    }
}
