package khabar.bench.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a benchmark from the runs' raw results ({@link BenchRun}, {@link RawThroughput}):
 * derived rates, the time per stage, the ratios to the raw ceilings and the targets; printed as a
 * table and as one JSON object.
 * <p>
 * Tokens per second per core of a language, end to end: the language's tokens over the core-seconds it
 * cost — its own analyse task time plus its share (by articles) of everything else the run's cores spent
 * (cores × job wall − all analyse task time: reading, language id, dedup, writing, idle cores).
 */
final class BenchReport {
    private BenchReport() {
    }

    /** One run's figures, derived from its raw result. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> derive(Map<String, Object> run) {
        int cores = ((Number) run.get("cores")).intValue();
        double job = num(run.get("job_s"));
        Map<String, Object> langs = (Map<String, Object>) run.get("by_language");
        Map<String, Object> analyse = (Map<String, Object>) run.get("analyse_task_s");
        Map<String, Object> walls = (Map<String, Object>) run.get("job_walls_s");
        long articles = 0;
        long tokens = 0;
        double analyseCore = 0;
        for (Map.Entry<String, Object> e : langs.entrySet()) {
            Map<String, Object> l = (Map<String, Object>) e.getValue();
            articles += ((Number) l.get("articles")).longValue();
            tokens += ((Number) l.get("tokens")).longValue();
        }
        for (Object v : analyse.values()) {
            analyseCore += num(((Map<String, Object>) v).get("total"));
        }
        double overhead = Math.max(0, cores * job - analyseCore);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("cores", cores);
        d.put("articles", articles);
        d.put("tokens", tokens);
        d.put("job_s", job);
        d.put("job_cpu_s", run.get("job_cpu_s"));
        d.put("cores_busy", run.get("job_cpu_s") == null || job <= 0 ? null : round3(num(run.get("job_cpu_s")) / job));
        d.put("job_cpu_by_thread_s", run.get("job_cpu_by_thread_s"));
        d.put("articles_per_s", round(articles / job));
        d.put("tokens_per_s_per_core", round(tokens / (job * cores)));
        Map<String, Object> perLanguage = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : langs.entrySet()) {
            Map<String, Object> l = (Map<String, Object>) e.getValue();
            Map<String, Object> a = (Map<String, Object>) analyse.getOrDefault(e.getKey(), analyse.get("other"));
            long la = ((Number) l.get("articles")).longValue();
            long lt = ((Number) l.get("tokens")).longValue();
            double own = a == null ? 0 : num(a.get("total"));
            double attributed = own + overhead * la / Math.max(1, articles);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articles", la);
            m.put("tokens", lt);
            m.put("tokens_per_s_per_core", round(lt / attributed));
            m.put("analyse_tokens_per_s_per_core", own > 0 ? round(lt / own) : null);
            m.put("nlp_tokens_per_s", a != null && num(a.get("nlp")) > 0 ? round(lt / num(a.get("nlp"))) : null);
            perLanguage.put(e.getKey(), m);
        }
        d.put("languages", perLanguage);
        d.put("stages", stages(run, cores, analyseCore, walls, analyse));
        d.put("startup", run.get("startup"));
        d.put("heap", run.get("heap"));
        d.put("load_avg", run.get("load_avg"));
        d.put("duplicates", langs.values().stream()
                .mapToLong(v -> ((Number) ((Map<String, Object>) v).get("duplicates")).longValue()).sum());
        return d;
    }

    /**
     * Seconds per stage: read, prepare (language id, ids) and dedup from the probes (wall); NLP, linking
     * and events per language from the analyse stage's task time (core-seconds; divided by the cores for
     * a wall estimate); write from the wall time of the writing Spark jobs, less the analysis that runs
     * inside the first of them.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> stages(Map<String, Object> run, int cores, double analyseCore,
                                              Map<String, Object> walls, Map<String, Object> analyse) {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> probes = (Map<String, Object>) run.get("probes_s");
        if (probes != null) {
            s.put("read_s", probes.get("read"));
            s.put("language_id_prepare_s", probes.get("prepare"));
            s.put("dedup_s", probes.get("dedup"));
        }
        for (Map.Entry<String, Object> e : analyse.entrySet()) {
            Map<String, Object> a = (Map<String, Object>) e.getValue();
            if (((Number) a.get("articles")).longValue() == 0) {
                continue;
            }
            s.put("nlp_" + e.getKey() + "_core_s", a.get("nlp"));
            s.put("link_" + e.getKey() + "_core_s", a.get("link"));
            s.put("events_" + e.getKey() + "_core_s", a.get("events"));
            s.put("reading_" + e.getKey() + "_core_s", a.get("reading"));
            s.put("rows_" + e.getKey() + "_core_s", a.get("rows"));
        }
        double write = 0;
        double analyseJob = 0;
        for (Map.Entry<String, Object> e : walls.entrySet()) {
            String k = e.getKey();
            if (k.contains("stage articles")) {
                analyseJob += num(e.getValue());
            } else if (k.startsWith("stage ") || k.startsWith("commit") || k.startsWith("count rows")) {
                write += num(e.getValue());
            }
        }
        s.put("analyse_wall_s", round3(analyseJob));
        s.put("write_s", round3(write + Math.max(0, analyseJob - analyseCore / cores)));
        s.put("spark_jobs_wall_s", walls);
        return s;
    }

    /**
     * The summary across runs: raw ceilings, ratios, scaling and the targets of issue 9. {@code alongside}
     * (may be null) is the raw ceiling measured on the other CPU while local[1] ran: when there, the English
     * target is judged on it, since a ceiling measured minutes apart carries the machine's drift.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> summary(List<Map<String, Object>> runs, Map<String, Object> raw, Map<String, Object> alongside) {
        Map<String, Object> s = new LinkedHashMap<>();
        Double rawEn = raw == null ? null : rate(raw.get("en_corenlp"));
        Double rawUr = raw == null ? null : rate(raw.get("ur_analyzer"));
        s.put("raw_en_corenlp_tokens_per_s", rawEn);
        s.put("raw_ur_analyzer_tokens_per_s", rawUr);
        s.put("raw_en_khabar_analyzer_tokens_per_s", raw == null ? null : rate(raw.get("en_khabar_analyzer")));
        s.put("raw_ur_khabar_analyzer_tokens_per_s", raw == null ? null : rate(raw.get("ur_khabar_analyzer")));
        // the machine's own scaling: raw NLP on two threads at once over one thread, no Spark
        Double rawEn2 = raw == null ? null : rate(raw.get("en_corenlp_2_threads"));
        Double rawUr2 = raw == null ? null : rate(raw.get("ur_analyzer_2_threads"));
        s.put("raw_scaling_2_threads_en", rawEn2 == null || rawEn == null ? null : round3(rawEn2 / rawEn));
        s.put("raw_scaling_2_threads_ur", rawUr2 == null || rawUr == null ? null : round3(rawUr2 / rawUr));
        Map<String, Object> ratios = new LinkedHashMap<>();
        Double enTps = null;
        Double urTps = null;
        for (Map<String, Object> r : runs) {
            Map<String, Object> langs = (Map<String, Object>) r.get("languages");
            Double en = rateOf(langs.get("en"));
            Double ur = rateOf(langs.get("ur"));
            if (en != null && rawEn != null) {
                ratios.put("en_job_over_raw_local" + r.get("cores"), round3(en / rawEn));
            }
            if (ur != null && rawUr != null) {
                ratios.put("ur_job_over_raw_local" + r.get("cores"), round3(ur / rawUr));
            }
            enTps = en == null ? enTps : enTps == null ? en : Math.min(enTps, en);
            urTps = ur == null ? urTps : urTps == null ? ur : Math.min(urTps, ur);
        }
        Map<String, Object> one = find(runs, 1);
        Double alongEn = alongside == null ? null : rate(alongside.get("en_corenlp"));
        Double alongUr = alongside == null ? null : rate(alongside.get("ur_analyzer"));
        s.put("raw_alongside_local1_en_corenlp_tokens_per_s", alongEn);
        s.put("raw_alongside_local1_ur_analyzer_tokens_per_s", alongUr);
        if (one != null) {
            Map<String, Object> langs = (Map<String, Object>) one.get("languages");
            for (String lang : List.of("en", "ur")) {
                Double ceiling = lang.equals("en") ? alongEn : alongUr;
                Map<String, Object> l = (Map<String, Object>) langs.get(lang);
                if (ceiling != null && l != null) {
                    ratios.put(lang + "_job_over_raw_alongside_local1", round3(num(l.get("tokens_per_s_per_core")) / ceiling));
                    ratios.put(lang + "_nlp_step_over_raw_alongside_local1", round3(num(l.get("nlp_tokens_per_s")) / ceiling));
                }
            }
        }
        s.put("ratios", ratios);
        Double scaling = null;
        Map<String, Object> two = find(runs, 2);
        if (one != null && two != null) {
            scaling = round3(num(two.get("articles_per_s")) / num(one.get("articles_per_s")));
        }
        s.put("scaling_local2_over_local1", scaling);
        double heap = 0;
        double startup = 0;
        for (Map<String, Object> r : runs) {
            heap = Math.max(heap, num(((Map<String, Object>) r.get("heap")).get("peak_after_gc_mb")));
            startup = Math.max(startup, num(((Map<String, Object>) r.get("startup")).get("total_s")));
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        String judged = alongEn != null ? "en_job_over_raw_alongside" : "en_job_over_raw_local";
        Double worstEnRatio = ratios.entrySet().stream().filter(e -> e.getKey().startsWith(judged))
                .map(e -> num(e.getValue())).min(Double::compare).orElse(null);
        targets.put("en_job_over_raw>=0.9", worstEnRatio == null ? null : worstEnRatio >= 0.9);
        targets.put("en_tokens_per_s_per_core>=15000", enTps == null ? null : enTps >= 15_000);
        targets.put("scaling>=1.8", scaling == null ? null : scaling >= 1.8);
        targets.put("ur_tokens_per_s_per_core>=20000", urTps == null ? null : urTps >= 20_000);
        targets.put("peak_heap_after_gc<=3GB", heap <= 3072);
        targets.put("startup<=20s", startup <= 20);
        s.put("targets", targets);
        return s;
    }

    /** The human-readable table. */
    @SuppressWarnings("unchecked")
    static String table(List<Map<String, Object>> runs, Map<String, Object> summary) {
        StringBuilder b = new StringBuilder();
        List<String> rows = new ArrayList<>();
        rows.add(row("", runs, r -> "local[" + r.get("cores") + "]"));
        rows.add(row("pinned to CPUs", runs, r -> r.get("pinned_cpus")));
        rows.add(row("articles", runs, r -> r.get("articles")));
        rows.add(row("job wall s", runs, r -> r.get("job_s")));
        rows.add(row("job CPU s (whole JVM)", runs, r -> r.get("job_cpu_s")));
        rows.add(row("cores busy (CPU / wall)", runs, r -> r.get("cores_busy")));
        for (String kind : List.of("spark_tasks", "driver_main", "jit", "gc_vm", "other", "ended")) {
            rows.add(row("  CPU s, " + kind.replace('_', ' ') + " threads", runs,
                    r -> r.get("job_cpu_by_thread_s") instanceof Map<?, ?> m ? m.get(kind) : null));
        }
        rows.add(row("articles/s", runs, r -> r.get("articles_per_s")));
        rows.add(row("tokens/s/core (all)", runs, r -> r.get("tokens_per_s_per_core")));
        for (String lang : List.of("en", "ur")) {
            rows.add(row(lang + " tokens", runs, r -> lang(r, lang, "tokens")));
            rows.add(row(lang + " tokens/s/core, end to end", runs, r -> lang(r, lang, "tokens_per_s_per_core")));
            rows.add(row(lang + " tokens/s/core, analyse stage", runs, r -> lang(r, lang, "analyse_tokens_per_s_per_core")));
            rows.add(row(lang + " tokens/s, NLP step", runs, r -> lang(r, lang, "nlp_tokens_per_s")));
        }
        List<String> stageKeys = new ArrayList<>();
        for (Map<String, Object> r : runs) {
            for (String k : ((Map<String, Object>) r.get("stages")).keySet()) {
                if (!stageKeys.contains(k) && !k.equals("spark_jobs_wall_s")) {
                    stageKeys.add(k);
                }
            }
        }
        for (String k : stageKeys) {
            rows.add(row("stage " + k, runs, r -> ((Map<String, Object>) r.get("stages")).get(k)));
        }
        for (String k : List.of("jvm_to_main_s", "session_s", "models_s", "total_s")) {
            rows.add(row("start-up " + k, runs, r -> ((Map<String, Object>) r.get("startup")).get(k)));
        }
        for (String k : List.of("max_heap_mb", "peak_after_gc_mb", "peak_used_sampled_mb", "gc_s")) {
            rows.add(row("heap " + k, runs, r -> ((Map<String, Object>) r.get("heap")).get(k)));
        }
        rows.add(row("duplicates found", runs, r -> r.get("duplicates")));
        rows.add(row("load average start/end", runs, r -> {
            Map<String, Object> l = (Map<String, Object>) r.get("load_avg");
            return String.format(Locale.ROOT, "%.2f/%.2f", num(l.get("start")), num(l.get("end")));
        }));
        rows.add(row("load average mean/max in run", runs, r -> {
            Map<String, Object> l = (Map<String, Object>) r.get("load_avg");
            return String.format(Locale.ROOT, "%.2f/%.2f", num(l.get("mean")), num(l.get("max")));
        }));
        rows.forEach(x -> b.append(x).append('\n'));
        b.append('\n');
        summary.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-40s %s%n", k, v)));
        return b.toString();
    }

    private interface Cell {
        Object of(Map<String, Object> run);
    }

    private static String row(String label, List<Map<String, Object>> runs, Cell cell) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-38s", label));
        for (Map<String, Object> r : runs) {
            Object v = cell.of(r);
            b.append(String.format(Locale.ROOT, " %14s", v == null ? "-" : v));
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object lang(Map<String, Object> run, String lang, String key) {
        Map<String, Object> l = (Map<String, Object>) ((Map<String, Object>) run.get("languages")).get(lang);
        return l == null ? null : l.get(key);
    }

    private static Map<String, Object> find(List<Map<String, Object>> runs, int cores) {
        return runs.stream().filter(r -> ((Number) r.get("cores")).intValue() == cores).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Double rate(Object measure) {
        return measure == null ? null : num(((Map<String, Object>) measure).get("tokens_per_s"));
    }

    @SuppressWarnings("unchecked")
    private static Double rateOf(Object lang) {
        if (lang == null) {
            return null;
        }
        Object v = ((Map<String, Object>) lang).get("tokens_per_s_per_core");
        return v == null ? null : num(v);
    }

    static double num(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
