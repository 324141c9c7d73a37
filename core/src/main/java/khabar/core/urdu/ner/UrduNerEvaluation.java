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
 * {@code UrduNerEvaluation --gold FILE [--model MODEL.ser.gz] [--crf-only] [--passes N]}. Without
 * {@code --model} it loads the shipped model. It tags the file N times (default 3) and reports the last
 * pass, so the JIT is warm; it also prints the best pass's speed in tokens per second of the tagging
 * thread's CPU time, which a busy shared machine distorts less than wall time.
 */
public final class UrduNerEvaluation {
    private UrduNerEvaluation() {
    }

    /** Runs the evaluation; see the class comment for the options. */
    public static void main(String[] args) throws IOException {
        Path gold = null;
        Path model = null;
        boolean crfOnly = false;
        int passes = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--model" -> model = Path.of(args[++i]);
                case "--crf-only" -> crfOnly = true;
                case "--passes" -> passes = Math.max(1, Integer.parseInt(args[++i]));
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
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        NerReport report = null;
        long bestCpu = Long.MAX_VALUE;
        for (int p = 0; p < passes; p++) {
            long c0 = mx.getCurrentThreadCpuTime();
            report = evaluator.evaluate(sentences, tagger);
            bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c0);
        }
        System.out.print(report.toTable());
        System.out.printf(java.util.Locale.ROOT, "cpu tokens/s %.0f (best of %d passes, tagging thread CPU time)%n",
                report.tokens() * 1e9 / bestCpu, passes);
        System.out.println(report.toJson());
    }
}
