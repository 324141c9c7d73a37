package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;
import khabar.core.ner.PretokenizedTagger;

/**
 * Scores the Urdu NER on a gold BIO file and prints the table and the JSON line:
 * {@code UrduNerEvaluation --gold FILE [--model MODEL.ser.gz] [--crf-only]}. Without {@code --model} it
 * loads the shipped model. The first pass over the file warms the JVM up and is not reported.
 */
public final class UrduNerEvaluation {
    private UrduNerEvaluation() {
    }

    /** Runs the evaluation; see the class comment for the options. */
    public static void main(String[] args) throws IOException {
        Path gold = null;
        Path model = null;
        boolean crfOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--model" -> model = Path.of(args[++i]);
                case "--crf-only" -> crfOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gold == null) {
            throw new IllegalArgumentException("usage: --gold FILE [--model MODEL.ser.gz] [--crf-only]");
        }
        UrduNer ner;
        if (model == null) {
            ner = UrduNer.get();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                ner = UrduNer.load(in);
            }
        }
        PretokenizedTagger tagger = crfOnly ? ner.crfOnly() : ner;
        List<GoldSentence> sentences = GoldReader.read(gold, GoldFormat.BIO);
        NerEvaluator evaluator = NerEvaluator.forDefaultTypes();
        evaluator.evaluate(sentences, tagger);
        NerReport report = evaluator.evaluate(sentences, tagger);
        System.out.print(report.toTable());
        System.out.println(report.toJson());
    }
}
