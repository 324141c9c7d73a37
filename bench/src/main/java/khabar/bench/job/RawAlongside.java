package khabar.bench.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import khabar.core.nlp.NlpSettings;

/**
 * The raw ceiling measured at the same moment as the job: started by {@link Bench} on one CPU while the
 * job's {@code local[1]} runs on another, it times raw CoreNLP (English) and the Urdu analyzer (Urdu) on
 * the corpus's texts in alternating slices until the stop file appears, so that the ceiling and the job
 * see the same speed of the machine (on a VM whose speed drifts, a ceiling measured minutes apart does not).
 * Per language: tokens over seconds of all its timed slices, and the slowest and fastest slice.
 * <pre>
 * java ... khabar.bench.job.RawAlongside CORPUS_DATE_DIR RESULT_JSON SLICE_SECONDS STOP_FILE
 * </pre>
 */
public final class RawAlongside {
    private RawAlongside() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path result = Path.of(args[1]);
        double slice = Double.parseDouble(args[2]);
        Path stop = Path.of(args[3]);
        Map<String, List<String>> texts = RawThroughput.sections(dir);
        NlpSettings settings = NlpSettings.defaults();
        List<Measured> measures = new ArrayList<>();
        if (!texts.getOrDefault("en", List.of()).isEmpty()) {
            measures.add(new Measured("en_corenlp", texts.get("en"), RawThroughput.rawCoreNlp(settings)));
        }
        if (!texts.getOrDefault("ur", List.of()).isEmpty()) {
            measures.add(new Measured("ur_analyzer", texts.get("ur"), RawThroughput.rawUrdu(settings)));
        }
        for (Measured m : measures) { // warm-up, untimed: one slice or one pass over the texts each, whichever is shorter
            m.slice(slice, m.texts.size(), stop, false);
        }
        long start = System.nanoTime();
        while (!Files.exists(stop)) {
            for (Measured m : measures) {
                m.slice(slice, Long.MAX_VALUE, stop, true);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", "alongside");
        out.put("window_s", Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
        out.put("slice_s", slice);
        for (Measured m : measures) {
            out.put(m.name, m.figures());
        }
        new ObjectMapper().writeValue(result.toFile(), out);
    }

    /** One language's measure: where it is in its texts, and what its timed slices gave. */
    private static final class Measured {
        final String name;
        final List<String> texts;
        final ToIntFunction<String> analyze;
        int next;
        long tokens;
        long nanos;
        long textsTimed;
        final List<Double> sliceRates = new ArrayList<>();

        Measured(String name, List<String> texts, ToIntFunction<String> analyze) {
            this.name = name;
            this.texts = texts;
            this.analyze = analyze;
        }

        /** Texts, in turn and round and round, for {@code seconds}, at most {@code most} texts, or until the stop file appears. */
        void slice(double seconds, long most, Path stop, boolean timed) {
            long start = System.nanoTime();
            long stopAt = start + (long) (seconds * 1e9);
            long n = 0;
            long count = 0;
            long now = start;
            while (now < stopAt && count < most) {
                n += analyze.applyAsInt(texts.get(next));
                next = (next + 1) % texts.size();
                count++;
                now = System.nanoTime();
                if (count % 16 == 0 && Files.exists(stop)) {
                    break;
                }
            }
            if (timed) {
                tokens += n;
                nanos += now - start;
                textsTimed += count;
                sliceRates.add(n / ((now - start) / 1e9));
            }
        }

        Map<String, Object> figures() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("texts_timed", textsTimed);
            m.put("tokens", tokens);
            m.put("seconds", Math.round(nanos / 1e6) / 1000.0);
            m.put("tokens_per_s", nanos == 0 ? null : Math.round(tokens / (nanos / 1e9)));
            m.put("slices", sliceRates.size());
            m.put("slowest_slice_tokens_per_s", sliceRates.stream().mapToDouble(Double::doubleValue).min().stream()
                    .mapToLong(Math::round).boxed().findFirst().orElse(null));
            m.put("fastest_slice_tokens_per_s", sliceRates.stream().mapToDouble(Double::doubleValue).max().stream()
                    .mapToLong(Math::round).boxed().findFirst().orElse(null));
            return m;
        }
    }
}
