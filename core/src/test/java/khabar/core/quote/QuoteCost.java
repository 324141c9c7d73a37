package khabar.core.quote;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.text.Analysis;

/**
 * The CPU time of the quotation step against the NLP step (tokens, sentences, NER, linking) on the same articles,
 * one thread, measured with the thread's CPU clock: each article's title and body are analysed and their
 * quotations extracted, {@code passes} times after one warm-up pass. Input: JSONL lines with language, title and
 * text, e.g. the articles of a sample run (docs/quotes.md says how they were exported).
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) khabar.core.quote.QuoteCost ARTICLES.jsonl [passes]
 * </pre>
 * Not a test: no timing assertions anywhere.
 */
public final class QuoteCost {
    private QuoteCost() {
    }

    public static void main(String[] args) throws IOException {
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode a = json.readTree(line);
            List<String> l = sections.computeIfAbsent(a.get("language").asText(), k -> new ArrayList<>());
            for (String field : List.of("title", "text")) {
                if (a.hasNonNull(field) && !a.get(field).asText().isBlank()) {
                    l.add(a.get(field).asText());
                }
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            String language = e.getKey();
            if (!QuoteExtractor.supports(language)) {
                continue;
            }
            var analyzer = Analyzers.forLanguage(language, NlpSettings.defaults());
            QuoteExtractor extractor = QuoteExtractor.forLanguage(language);
            long nlp = 0;
            long quotes = 0;
            long found = 0;
            for (int pass = 0; pass <= passes; pass++) {
                for (String text : e.getValue()) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    Analysis a = analyzer.analyze(text);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    int n = extractor.extract(text, a.sentences(), a.mentions()).size();
                    long t2 = cpu.getCurrentThreadCpuTime();
                    if (pass > 0) {
                        nlp += t1 - t0;
                        quotes += t2 - t1;
                        found += n;
                    }
                }
            }
            System.out.printf("%s: %d sections x %d passes, %d quotations; NLP %.3f s CPU, quotes %.4f s CPU = %.2f %% of NLP%n",
                    language, e.getValue().size(), passes, found / passes, nlp / 1e9, quotes / 1e9, 100.0 * quotes / nlp);
        }
    }
}
