package khabar.jobs.stages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khabar.core.text.StepTimes;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark accumulators of where {@link AnalyzeArticles} spends its time, per language and step (task
 * nanoseconds, summed over all tasks): {@code nlp} (tokens, sentences, NER), {@code link} (entity
 * linking), {@code events} (CAMEO coding), {@code quotes} (quotations), {@code reading} (themes and tone), {@code total} (the whole per-article analysis, rows included),
 * and {@code articles}, the articles analysed. Languages not registered are counted under {@code other}.
 * The {@link AnalyseListener} of benchmarks (bin/khabar bench); the nightly job runs without one.
 */
public final class AnalyzeTimers implements AnalyseListener {
    private static final long serialVersionUID = 1L;
    public static final String EVENTS = "events";
    public static final String QUOTES = "quotes";
    public static final String READING = "reading";
    public static final String TOTAL = "total";
    public static final String ARTICLES = "articles";
    public static final List<String> STEPS = List.of(StepTimes.NLP, StepTimes.LINK, EVENTS, QUOTES, READING, TOTAL,
            ARTICLES);
    static final String OTHER = "other";

    private final Map<String, LongAccumulator> accumulators;

    private AnalyzeTimers(Map<String, LongAccumulator> accumulators) {
        this.accumulators = accumulators;
    }

    /** Registers one accumulator per language (plus {@code other}) and step with {@code sc}. */
    public static AnalyzeTimers register(SparkContext sc, List<String> languages) {
        Map<String, LongAccumulator> acc = new LinkedHashMap<>();
        for (String language : concat(languages)) {
            for (String step : STEPS) {
                acc.put(key(language, step), sc.longAccumulator("khabar analyse " + language + " " + step));
            }
        }
        return new AnalyzeTimers(acc);
    }

    private static List<String> concat(List<String> languages) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(languages);
        if (!all.contains(OTHER)) {
            all.add(OTHER);
        }
        return all;
    }

    private static String key(String language, String step) {
        return language + "/" + step;
    }

    /** Where the steps of an article in {@code language} are added (executor side). */
    @Override
    public StepTimes forLanguage(String language) {
        String lang = accumulators.containsKey(key(language, TOTAL)) ? language : OTHER;
        return (step, nanos) -> {
            LongAccumulator a = accumulators.get(key(lang, step));
            if (a != null) {
                a.add(nanos);
            }
        };
    }

    /** The accumulated value (nanoseconds, or a count for {@code articles}) on the driver. */
    public long value(String language, String step) {
        LongAccumulator a = accumulators.get(key(language, step));
        return a == null ? 0 : a.value();
    }

    /** The languages registered, {@code other} last. */
    public List<String> languages() {
        return accumulators.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().toList();
    }
}
