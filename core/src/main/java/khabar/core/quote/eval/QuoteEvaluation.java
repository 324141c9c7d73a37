package khabar.core.quote.eval;

import java.util.ArrayList;
import java.util.List;

import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.quote.Quote;
import khabar.core.quote.QuoteExtractor;
import khabar.core.text.Analysis;
import khabar.core.text.TextAnalyzer;

/**
 * Scores {@link QuoteExtractor} on gold paragraphs: each paragraph is analysed as the job analyses a section
 * (the language's analyzer: tokens, sentences, NER, linking), its quotations extracted and matched with the gold
 * ones ({@link QuoteScore} says what counts as right).
 */
public final class QuoteEvaluation {
    /** Quote spans count as right from this overlap / union of their chars. */
    public static final double SPAN_TOLERANCE = 0.8;
    private static final String TRIM = "۔.،,:;؛\"'“”‘’«» \t\n";

    private QuoteEvaluation() {
    }

    public static QuoteScore evaluate(String language, List<GoldParagraph> gold, NlpSettings settings) {
        TextAnalyzer analyzer = Analyzers.forLanguage(language, settings);
        QuoteExtractor extractor = QuoteExtractor.forLanguage(language);
        QuoteScore total = QuoteScore.ZERO;
        for (GoldParagraph p : gold) {
            Analysis a = analyzer.analyze(p.text());
            total = total.plus(score(p, extractor.extract(p.text(), a.sentences(), a.mentions())));
        }
        return total;
    }

    /** The figures of one paragraph's system quotations against its gold ones. */
    static QuoteScore score(GoldParagraph p, List<Quote> system) {
        List<String> errors = new ArrayList<>();
        boolean[] used = new boolean[system.size()];
        int matched = 0;
        int right = 0;
        int exact = 0;
        int speaker = 0;
        int kind = 0;
        int verb = 0;
        for (GoldQuote g : p.quotes()) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < system.size(); i++) {
                int o = overlap(g.quoteBegin(), g.quoteEnd(), system.get(i).charBegin(), system.get(i).charEnd());
                if (!used[i] && o > bestOverlap) {
                    best = i;
                    bestOverlap = o;
                }
            }
            if (best < 0) {
                errors.add(p.id() + " MISSED quote=" + cut(p.text(), g.quoteBegin(), g.quoteEnd()) + " speaker="
                        + cut(p.text(), g.speakerBegin(), g.speakerEnd()));
                continue;
            }
            used[best] = true;
            matched++;
            Quote q = system.get(best);
            int[] gs = trim(p.text(), g.quoteBegin(), g.quoteEnd());
            int[] ss = trim(p.text(), q.charBegin(), q.charEnd());
            int union = Math.max(gs[1], ss[1]) - Math.min(gs[0], ss[0]);
            boolean spanOk = overlap(gs[0], gs[1], ss[0], ss[1]) >= SPAN_TOLERANCE * union;
            boolean speakerOk = overlap(g.speakerBegin(), g.speakerEnd(), q.speaker().charBegin(), q.speaker().charEnd()) > 0;
            exact += gs[0] == ss[0] && gs[1] == ss[1] ? 1 : 0;
            speaker += speakerOk ? 1 : 0;
            kind += q.kind().label().equals(g.kind()) ? 1 : 0;
            verb += g.verbBegin() < 0 ? (q.verb() == null ? 1 : 0)
                    : q.verb() != null && q.verb().equals(p.text().substring(g.verbBegin(), g.verbEnd())) ? 1 : 0;
            if (spanOk && speakerOk) {
                right++;
            } else {
                errors.add(p.id() + (spanOk ? "" : " SPAN") + (speakerOk ? "" : " SPEAKER") + " gold="
                        + cut(p.text(), g.quoteBegin(), g.quoteEnd()) + " / " + cut(p.text(), g.speakerBegin(), g.speakerEnd())
                        + " system=" + q.text() + " / " + q.speaker().text());
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                errors.add(p.id() + " EXTRA " + system.get(i).text() + " / " + system.get(i).speaker().text());
            }
        }
        return new QuoteScore(p.quotes().size(), system.size(), matched, right, exact, speaker, kind, verb, errors);
    }

    private static int overlap(int b1, int e1, int b2, int e2) {
        return Math.max(0, Math.min(e1, e2) - Math.max(b1, b2));
    }

    private static int[] trim(String text, int b, int e) {
        while (b < e && TRIM.indexOf(text.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && TRIM.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new int[] {b, e};
    }

    private static String cut(String text, int b, int e) {
        return "[" + text.substring(b, e) + "]";
    }
}
