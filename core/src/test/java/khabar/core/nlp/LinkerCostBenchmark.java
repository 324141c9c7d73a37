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

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.LanguageSupport;
import khabar.core.link.EntityLinker;
import khabar.core.text.Analysis;
import khabar.core.text.TextAnalyzer;

/**
 * What linking costs next to NER, in thread CPU time on one thread, over the same text: the sample stories of
 * a language plus the linking fixture's sentences. For each language it times the analyzer alone (tokens,
 * sentences, NER) and then {@link LinkingAnalyzer#link} on its output, after a warm-up. No assertions. Run
 * from the repository root (command in docs/linking.md); argument: seconds per measurement (default 8).
 */
public final class LinkerCostBenchmark {
    private LinkerCostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 8;
        EntityLinker.shared();
        for (LanguageSupport language : LanguageRegistry.all()) {
            measure(language, texts(language.code()), seconds);
        }
    }

    private static void measure(LanguageSupport support, List<String> texts, double seconds) {
        String language = support.code();
        TextAnalyzer ner = support.analyzer(NlpSettings.defaults());
        LinkingAnalyzer linking = new LinkingAnalyzer(ner, support.linkerAddsPlaces(), support.placeWords(), support.placeCues());
        List<Analysis> bases = new ArrayList<>();
        long tokens = 0;
        for (String t : texts) {
            Analysis a = ner.analyze(t);
            bases.add(a);
            tokens += a.tokenCount();
        }
        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(ner::analyze);
            for (int i = 0; i < texts.size(); i++) {
                linking.link(texts.get(i), bases.get(i));
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long nerCpu = 0;
        long nerRounds = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < seconds * 1e9) {
            texts.forEach(ner::analyze);
            nerRounds++;
        }
        nerCpu = mx.getCurrentThreadCpuTime() - c0;
        long linkRounds = 0;
        c0 = mx.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        while (System.nanoTime() - t0 < seconds * 1e9) {
            for (int i = 0; i < texts.size(); i++) {
                linking.link(texts.get(i), bases.get(i));
            }
            linkRounds++;
        }
        long linkCpu = mx.getCurrentThreadCpuTime() - c0;
        double nerPerRound = nerCpu / 1e6 / nerRounds;
        double linkPerRound = linkCpu / 1e6 / linkRounds;
        System.out.printf("%s: %d texts, %,d tokens; analyzer %.2f ms CPU a pass (%,.0f tokens/s), linking %.3f ms CPU "
                        + "a pass (%,.0f tokens/s): linking = %.2f%% of the analyzer%n", language, texts.size(), tokens,
                nerPerRound, tokens / (nerPerRound / 1e3), linkPerRound, tokens / (linkPerRound / 1e3),
                100 * linkPerRound / nerPerRound);
    }

    private static List<String> texts(String language) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/2024-07-26/" + language))) {
            for (Path f : files.sorted().toList()) {
                String t = Files.readString(f, StandardCharsets.UTF_8);
                if (!t.isBlank()) {
                    out.add(t);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (LinkingFixture.Case c : LinkingFixture.cases()) {
            if (c.language().equals(language)) {
                b.append(c.sentence()).append('\n');
            }
        }
        out.add(b.toString());
        return out;
    }
}
