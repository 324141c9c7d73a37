package khabar.core.reading.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import khabar.core.reading.ReadingLexicons;
import khabar.core.reading.ToneCounts;
import khabar.core.text.Analysis;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;

/**
 * Scores the tone of texts against gold labels ({@code khabar eval-tone}): each text is analysed as the job
 * analyses a section (the language's analyzer), its sentences' tone words counted, and its label is
 * {@link ToneCounts#label()}.
 */
public final class ToneEvaluation {
    public static final Set<String> LABELS = Set.of("positive", "negative", "neutral");

    private final TextAnalyzer analyzer;
    private final ReadingLexicons lexicons;

    public ToneEvaluation(TextAnalyzer analyzer, ReadingLexicons lexicons) {
        this.analyzer = analyzer;
        this.lexicons = lexicons;
    }

    /** The tone counts of one text. */
    public ToneCounts counts(String text) {
        Analysis a = analyzer.analyze(text);
        ToneCounts c = ToneCounts.ZERO;
        for (Sentence s : a.sentences()) {
            c = c.plus(lexicons.tone().count(lexicons.keys(s)));
        }
        return c;
    }

    /** The predicted label of each item, in order. */
    public List<String> predict(List<LabelledLines.Item> items) {
        List<String> out = new ArrayList<>(items.size());
        for (LabelledLines.Item item : items) {
            out.add(counts(item.text()).label());
        }
        return out;
    }

    /** Predicts every item (timed) and scores the predictions. */
    public LabelScores evaluate(List<LabelledLines.Item> items) {
        long start = System.nanoTime();
        List<String> predicted = predict(items);
        double seconds = (System.nanoTime() - start) / 1e9;
        return LabelScores.of(items.stream().map(LabelledLines.Item::label).toList(), predicted, seconds);
    }
}
