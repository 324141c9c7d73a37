package khabar.core.event.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import khabar.core.event.EventCoder;
import khabar.core.event.EventInput;
import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.RawArticle;
import khabar.core.text.Analysis;
import khabar.core.text.TextAnalyzer;

/**
 * What event coding costs next to the NLP it runs after, on the same sections, on one thread: CPU time
 * ({@link ThreadMXBean}) of the analyzer (tokenize, sentences, NER, linking) and of {@link EventCoder}.
 * Sections: the titles and bodies of every article under a dump directory (default
 * {@code samples/2024-07-26}; language by script: Arabic script = ur, else en) and every gold sentence.
 * {@code warmup} untimed passes load the models and let the JIT compile both sides, plus ten times as many
 * untimed coder-only passes on the same analyses (the coder does little work per call, so the JIT reaches it
 * late; the nightly job codes thousands of sections per JVM: steady state is what counts), then {@code passes}
 * timed passes. Not a test: no timing assertions.
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) khabar.core.event.eval.EventCostBenchmark \
 *     [samples/2024-07-26] [passes=20] [warmup=20]
 * </pre>
 */
public final class EventCostBenchmark {
    private record Row(String corpus, String language, int sections, long tokens, long events, long nlpNanos,
                       long eventNanos, long nlpWallNanos) {
    }

    /** Coder-only warm-up passes per full warm-up pass. */
    static final int CODER_WARMUP_FACTOR = 10;

    private EventCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/2024-07-26");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Map<String, List<String>> samples = samples(dir);
        List<Row> rows = new ArrayList<>();
        for (String lang : List.of("ur", "en")) {
            rows.add(measure("samples", lang, samples.getOrDefault(lang, List.of()), warmup, passes));
            rows.add(measure("gold", lang, EventGoldReader.readResource("/events/gold-" + lang + ".tsv").stream()
                    .map(GoldEventSentence::text).toList(), warmup, passes));
        }
        System.out.printf(Locale.ROOT, "%-8s %-4s %8s %8s %7s %12s %12s %8s%n", "corpus", "lang", "sections",
                "tokens", "events", "nlp cpu ms", "event cpu ms", "ratio");
        StringBuilder json = new StringBuilder("{\"passes\":").append(passes).append(",\"warmup\":").append(warmup)
                .append(",\"rows\":[");
        for (Row r : rows) {
            double ratio = r.nlpNanos == 0 ? 0 : (double) r.eventNanos / r.nlpNanos;
            System.out.printf(Locale.ROOT, "%-8s %-4s %8d %8d %7d %12.1f %12.1f %7.2f%%%n", r.corpus, r.language,
                    r.sections, r.tokens, r.events, r.nlpNanos / 1e6 / passes, r.eventNanos / 1e6 / passes, 100 * ratio);
            json.append(String.format(Locale.ROOT, "%s{\"corpus\":\"%s\",\"language\":\"%s\",\"sections\":%d,"
                            + "\"tokens\":%d,\"events\":%d,\"nlp_cpu_ms\":%.1f,\"event_cpu_ms\":%.1f,\"ratio\":%.4f,"
                            + "\"nlp_wall_ms\":%.1f}", json.charAt(json.length() - 1) == '[' ? "" : ",", r.corpus,
                    r.language, r.sections, r.tokens, r.events, r.nlpNanos / 1e6 / passes, r.eventNanos / 1e6 / passes,
                    ratio, r.nlpWallNanos / 1e6 / passes));
        }
        System.out.println("per pass; ratio = event coding CPU time / NLP CPU time");
        System.out.println(json.append("]}"));
    }

    private static Row measure(String corpus, String lang, List<String> sections, int warmup, int passes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        TextAnalyzer analyzer = Analyzers.forLanguage(lang, NlpSettings.defaults());
        EventCoder coder = EventCoder.forLanguage(lang);
        long tokens = 0;
        long events = 0;
        for (String s : sections) { // untimed: loads models, counts
            Analysis a = analyzer.analyze(s);
            tokens += a.tokenCount();
            events += coder.code(input(lang, s, a)).size();
        }
        List<EventInput> analysed = new ArrayList<>();
        for (int p = 1; p < warmup; p++) {
            for (String s : sections) {
                EventInput in = input(lang, s, analyzer.analyze(s));
                coder.code(in);
                if (p == 1) {
                    analysed.add(in);
                }
            }
        }
        // the coder does far less work per call than the NLP, so the JIT reaches it later: warm it on the
        // analyses already made until it is compiled too (the job codes thousands of sections per JVM)
        for (int p = 0; p < CODER_WARMUP_FACTOR * warmup; p++) {
            for (EventInput in : analysed) {
                coder.code(in);
            }
        }
        long nlp = 0;
        long ev = 0;
        long wall = 0;
        for (int p = 0; p < passes; p++) {
            for (String s : sections) {
                long w0 = System.nanoTime();
                long t0 = mx.getCurrentThreadCpuTime();
                Analysis a = analyzer.analyze(s);
                long t1 = mx.getCurrentThreadCpuTime();
                wall += System.nanoTime() - w0;
                EventInput in = input(lang, s, a);
                long t2 = mx.getCurrentThreadCpuTime();
                coder.code(in);
                long t3 = mx.getCurrentThreadCpuTime();
                nlp += t1 - t0;
                ev += t3 - t2;
            }
        }
        return new Row(corpus, lang, sections.size(), tokens, events, nlp, ev, wall);
    }

    private static EventInput input(String lang, String text, Analysis a) {
        return new EventInput(lang, text, a.sentences(), a.mentions(), EventEvaluation.PUBLISHED, null, null, null);
    }

    /** Titles and bodies of the dump's articles by language. */
    static Map<String, List<String>> samples(Path dir) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
        for (Path f : files) {
            try (DumpReader r = DumpReaders.open(f)) {
                for (DumpRecord rec : r) {
                    if (rec instanceof RawArticle a && a.text() != null && !a.text().isBlank()) {
                        String lang = a.text().codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "ur" : "en";
                        List<String> sections = out.computeIfAbsent(lang, k -> new ArrayList<>());
                        if (!a.title().isBlank()) {
                            sections.add(a.title());
                        }
                        sections.add(a.text());
                    }
                }
            }
        }
        return out;
    }
}
