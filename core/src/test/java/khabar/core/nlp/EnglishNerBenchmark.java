package khabar.core.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;

/**
 * Compares English CoreNLP configurations: micro-F1 over PER/LOC/ORG on the gold set
 * ({@code core/src/test/resources/ner/en-news-gold.conll}, gold tokens) and tokens/s of the full
 * {@link EnglishAnalyzer} (raw text in, CoreNLP's own tokenizer) over a speed corpus (the English sample
 * stories plus the gold sentences as text), on this one thread, after a warm-up. Prints a Markdown table;
 * no assertions. Run from the repository root in a fresh JVM (see docs/english-ner.md for the command).
 * Arguments: seconds to time each configuration (default 8), then optional configuration names to run.
 */
public final class EnglishNerBenchmark {
    private static final String C4 = EnglishNerOptions.CONLL_4CLASS;
    private static final String C3 = EnglishNerOptions.ALL_3CLASS;
    private static final String C7 = EnglishNerOptions.MUC_7CLASS;

    record Config(String name, EnglishNerOptions options) {
    }

    static List<Config> configs() {
        return List.of(
                new Config("4class", new EnglishNerOptions(List.of(C4), false, false, false, false)),
                new Config("3class", new EnglishNerOptions(List.of(C3), false, false, false, false)),
                new Config("7class", new EnglishNerOptions(List.of(C7), false, false, false, false)),
                new Config("4class+3class", new EnglishNerOptions(List.of(C4, C3), false, false, false, false)),
                new Config("3class+4class", new EnglishNerOptions(List.of(C3, C4), false, false, false, false)),
                new Config("4class+7class", new EnglishNerOptions(List.of(C4, C7), false, false, false, false)),
                new Config("4class, pos+lemma", new EnglishNerOptions(List.of(C4), true, false, false, false)),
                new Config("4class, pos+lemma, numeric", new EnglishNerOptions(List.of(C4), true, false, true, false)),
                new Config("4class, pos+lemma, numeric, SUTime", new EnglishNerOptions(List.of(C4), true, true, true, false)),
                new Config("4class, numeric, SUTime (no pos)", new EnglishNerOptions(List.of(C4), false, true, true, false)),
                new Config("4class, pos+lemma, fine-grained", new EnglishNerOptions(List.of(C4), true, false, false, true)),
                new Config("3class+7class+4class, pos+lemma, numeric, SUTime", new EnglishNerOptions(List.of(C3, C7, C4), true, true, true, false)),
                new Config("CoreNLP default: 3 models, pos+lemma, numeric, SUTime, fine-grained", new EnglishNerOptions(List.of(C3, C7, C4), true, true, true, true)));
    }

    private EnglishNerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 8;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        List<GoldSentence> gold = GoldReader.read(Path.of("core/src/test/resources/ner/en-news-gold.conll"), GoldFormat.CONLL2003);
        List<String> corpus = speedCorpus(gold);
        System.out.printf("gold: %d sentences, %d tokens; speed corpus: %d texts, %,d chars%n", gold.size(),
                gold.stream().mapToInt(s -> s.tokens().size()).sum(), corpus.size(),
                corpus.stream().mapToInt(String::length).sum());
        System.out.println("| configuration | P | R | micro-F1 PER/LOC/ORG | PER F1 | LOC F1 | ORG F1 | tokens/s (CPU) | tokens/s (wall) | load s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Config c : configs()) {
            if (!only.isEmpty() && !only.contains(c.name())) {
                continue;
            }
            try {
                System.out.println(row(c, gold, corpus, seconds));
            } catch (RuntimeException e) {
                System.out.println("| " + c.name() + " | fails: " + e + " |");
            }
            StanfordCoreNLP.clearAnnotatorPool();
            System.gc();
        }
    }

    private static String row(Config c, List<GoldSentence> gold, List<String> corpus, double seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        NlpSettings settings = NlpSettings.defaults().withEnglish(c.options());
        long l0 = System.nanoTime();
        EnglishAnalyzer analyzer = new EnglishAnalyzer(settings);
        double load = (System.nanoTime() - l0) / 1e9;
        NerReport report = NerEvaluator.forDefaultTypes().evaluate(gold, new EnglishNerTagger(c.options()));
        for (int i = 0; i < 2; i++) {
            corpus.forEach(analyzer::analyze);
        }
        long tokens = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        do {
            for (String text : corpus) {
                tokens += analyzer.analyze(text).tokenCount();
            }
        } while (System.nanoTime() - t0 < seconds * 1e9);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return String.format("| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | %,.0f | %,.0f | %.1f |", c.name(),
                report.micro().precision(), report.micro().recall(), report.micro().f1(),
                report.perType().get(khabar.core.text.EntityType.PERSON).f1(),
                report.perType().get(khabar.core.text.EntityType.LOCATION).f1(),
                report.perType().get(khabar.core.text.EntityType.ORGANIZATION).f1(),
                tokens / cpu, tokens / wall, load);
    }

    /** The English sample stories, and the gold sentences as plain text (tokens joined by spaces), one text each. */
    static List<String> speedCorpus(List<GoldSentence> gold) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/2024-07-26/en"))) {
            for (Path f : files.sorted().toList()) {
                String t = Files.readString(f, StandardCharsets.UTF_8);
                if (!t.isBlank()) {
                    texts.add(t);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (GoldSentence s : gold) {
            b.append(String.join(" ", s.tokens())).append('\n');
            if (b.length() > 3000) {
                texts.add(b.toString());
                b.setLength(0);
            }
        }
        if (!b.isEmpty()) {
            texts.add(b.toString());
        }
        return texts;
    }
}
