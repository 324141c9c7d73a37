package khabar.bench.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import khabar.core.lang.Analyzers;
import khabar.core.nlp.EnglishAnalyzer;
import khabar.core.nlp.NlpSettings;
import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.RawArticle;
import khabar.core.text.Analysis;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;

/**
 * The ceiling the job is compared with, in its own JVM, on one thread, on the corpus's own texts (title
 * and body of each article, as the job analyses them): raw Stanford CoreNLP with the job's English
 * pipeline properties ({@link EnglishAnalyzer#properties}) on the English texts, and khabar's Urdu
 * analyzer alone (normalizer, tokenizer, sentence splitter, CRF NER; no linking) on the Urdu texts; and,
 * for each language, khabar's full per-language analyzer (with linking) the same way. Each measure runs
 * a warm-up over the texts first, then times whole passes until its time budget is spent.
 * <pre>
 * java ... khabar.bench.job.RawThroughput CORPUS_DATE_DIR RESULT_JSON BUDGET_SECONDS
 * </pre>
 */
public final class RawThroughput {
    private RawThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path result = Path.of(args[1]);
        double budget = Double.parseDouble(args[2]);
        Map<String, List<String>> texts = sections(dir);
        NlpSettings settings = NlpSettings.defaults();
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> en = texts.getOrDefault("en", List.of());
        List<String> ur = texts.getOrDefault("ur", List.of());
        if (!en.isEmpty()) {
            ToIntFunction<String> raw = rawCoreNlp(settings);
            out.put("en_corenlp", measure(en, budget, raw));
            out.put("en_corenlp_2_threads", measureThreads(en, budget, 2, raw));
            TextAnalyzer full = Analyzers.forLanguage("en", settings);
            out.put("en_khabar_analyzer", measure(en, budget, t -> tokens(full.analyze(t))));
        }
        if (!ur.isEmpty()) {
            ToIntFunction<String> urdu = rawUrdu(settings);
            out.put("ur_analyzer", measure(ur, budget, urdu));
            out.put("ur_analyzer_2_threads", measureThreads(ur, budget, 2, urdu));
            TextAnalyzer full = Analyzers.forLanguage("ur", settings);
            out.put("ur_khabar_analyzer", measure(ur, budget, t -> tokens(full.analyze(t))));
        }
        out.put("properties", EnglishAnalyzer.properties(settings));
        new ObjectMapper().writeValue(result.toFile(), out);
    }

    /** Raw CoreNLP with the job's English pipeline properties: tokens of one text. */
    static ToIntFunction<String> rawCoreNlp(NlpSettings settings) {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(EnglishAnalyzer.properties(settings), false);
        return t -> {
            Annotation doc = new Annotation(t);
            pipeline.annotate(doc);
            return doc.get(CoreAnnotations.TokensAnnotation.class).size();
        };
    }

    /** khabar's Urdu analyzer without linking (normalizer, tokenizer, splitter, CRF NER): tokens of one text. */
    static ToIntFunction<String> rawUrdu(NlpSettings settings) {
        TextAnalyzer urdu = Analyzers.unlinked("ur", settings);
        return t -> tokens(urdu.analyze(t));
    }

    /** Title and body of every article under {@code dir}, by the dump's language field. */
    static Map<String, List<String>> sections(Path dir) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            try (DumpReader reader = DumpReaders.open(f)) {
                for (DumpRecord r : reader) {
                    if (r instanceof RawArticle a && a.languageHint() != null) {
                        List<String> l = out.computeIfAbsent(a.languageHint(), k -> new ArrayList<>());
                        for (String s : new String[] {a.title(), a.text()}) {
                            if (s != null && !s.isBlank()) {
                                l.add(s);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Warm-up: texts until a third of the budget (at most one pass); then whole passes over the texts
     * (or as many texts as fit) until the budget is spent. Tokens per second of the timed part.
     */
    static Map<String, Object> measure(List<String> texts, double budgetSeconds, ToIntFunction<String> analyze) {
        long warmUntil = System.nanoTime() + (long) (budgetSeconds / 3 * 1e9);
        int warmed = 0;
        for (String t : texts) {
            analyze.applyAsInt(t);
            warmed++;
            if (System.nanoTime() > warmUntil) {
                break;
            }
        }
        long start = System.nanoTime();
        long stopAt = start + (long) (budgetSeconds * 2 / 3 * 1e9);
        long tokens = 0;
        long done = 0;
        outer:
        while (true) {
            for (String t : texts) {
                tokens += analyze.applyAsInt(t);
                done++;
                if (System.nanoTime() > stopAt) {
                    break outer;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("texts_warm_up", warmed);
        m.put("texts_timed", done);
        m.put("tokens", tokens);
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("tokens_per_s", Math.round(tokens / seconds));
        return m;
    }

    /**
     * The same measure on {@code threads} threads at once sharing one analyzer, as a Spark executor's task
     * threads share the job's (thread {@code i} takes every {@code threads}-th text): what the machine
     * gives for more threads without Spark, the ceiling of the job's scaling from local[1] to local[n].
     * Tokens per second of all threads together, and per thread.
     */
    static Map<String, Object> measureThreads(List<String> texts, double budgetSeconds, int threads,
            ToIntFunction<String> analyze) throws InterruptedException {
        List<Map<String, Object>> results = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            List<String> share = new ArrayList<>();
            for (int j = i; j < texts.size(); j += threads) {
                share.add(texts.get(j));
            }
            Thread t = new Thread(() -> {
                Map<String, Object> m = measure(share, budgetSeconds, analyze);
                synchronized (results) {
                    results.add(m);
                }
            }, "raw-" + i);
            running.add(t);
            t.start();
        }
        for (Thread t : running) {
            t.join();
        }
        if (results.size() != threads) {
            throw new IllegalStateException("a measuring thread failed: " + results.size() + " of " + threads + " finished");
        }
        double perSecond = 0;
        long tokens = 0;
        for (Map<String, Object> m : results) {
            perSecond += ((Number) m.get("tokens")).doubleValue() / ((Number) m.get("seconds")).doubleValue();
            tokens += ((Number) m.get("tokens")).longValue();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", threads);
        m.put("tokens", tokens);
        m.put("tokens_per_s", Math.round(perSecond));
        m.put("tokens_per_s_per_thread", Math.round(perSecond / threads));
        return m;
    }

    private static int tokens(Analysis a) {
        int n = 0;
        for (Sentence s : a.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }
}
