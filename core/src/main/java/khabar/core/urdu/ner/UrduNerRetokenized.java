package khabar.core.urdu.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;
import khabar.core.ner.Span;
import khabar.core.text.Token;
import khabar.core.urdu.UrduTokenizer;

/**
 * Measures what tokenization costs: each gold sentence is joined into text (tokens separated by one
 * space, as raw news writes them), re-tokenized by {@link UrduTokenizer}, tagged, and scored by exact
 * character spans against the gold spans. Compare with {@link UrduNerEvaluation} on the gold tokens:
 * {@code UrduNerRetokenized GOLD.bio}.
 */
public final class UrduNerRetokenized {
    private UrduNerRetokenized() {
    }

    /** Scores {@code ner} on re-tokenized gold text; spans in the report are character offsets. */
    public static NerReport evaluate(List<GoldSentence> gold, UrduNer ner) {
        UrduTokenizer tokenizer = new UrduTokenizer();
        List<GoldSentence> asChars = new ArrayList<>();
        List<List<Span>> predicted = new ArrayList<>();
        long nanos = 0;
        for (GoldSentence s : gold) {
            StringBuilder text = new StringBuilder();
            int[] begins = new int[s.tokens().size()];
            int[] ends = new int[s.tokens().size()];
            for (int i = 0; i < s.tokens().size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                begins[i] = text.length();
                text.append(s.tokens().get(i));
                ends[i] = text.length();
            }
            List<Span> goldChars = new ArrayList<>();
            for (Span sp : s.spans()) {
                goldChars.add(new Span(begins[sp.begin()], ends[sp.end() - 1], sp.type()));
            }
            List<Token> tokens = tokenizer.tokenize(text.toString());
            List<String> forms = new ArrayList<>(tokens.size());
            List<String> texts = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                forms.add(t.normalized().isBlank() ? t.text() : t.normalized().replace(' ', '_'));
                texts.add(t.text());
            }
            long t0 = System.nanoTime();
            List<Span> spans = ner.tagForms(forms);
            nanos += System.nanoTime() - t0;
            List<Span> predChars = new ArrayList<>();
            for (Span sp : spans) {
                predChars.add(new Span(tokens.get(sp.begin()).begin(), tokens.get(sp.end() - 1).end(), sp.type()));
            }
            asChars.add(new GoldSentence(texts, goldChars));
            predicted.add(predChars);
        }
        return NerEvaluator.forDefaultTypes().score(asChars, predicted, nanos);
    }

    /** Prints the report for one gold BIO file with the shipped model. */
    public static void main(String[] args) {
        List<GoldSentence> gold = GoldReader.read(Path.of(args[0]), GoldFormat.BIO);
        NerReport report = evaluate(gold, UrduNer.get());
        System.out.print(report.toTable());
        System.out.println(report.toJson());
    }
}
