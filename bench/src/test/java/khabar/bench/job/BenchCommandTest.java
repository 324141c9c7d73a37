package khabar.bench.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code khabar bench} for real (child JVMs, Spark, CoreNLP) on a tiny corpus (20 articles) and checks its
 * JSON line: the command, not the speed, so the raw measures get one second each.
 */
class BenchCommandTest {
    @Test
    void benchOnTwentyArticlesEndsWithAJsonLineOfSaneFigures(@TempDir Path out) throws Exception {
        JsonNode json = bench("--articles", "20", "--mix", "ur=0.5,en=0.5", "--cores", "1", "--out", out.toString(),
                "--raw-seconds", "1", "--samples", "../samples/2024-07-26");

        assertThat(json.at("/machine/cores").asInt()).isPositive();
        assertThat(json.at("/corpus/articles").asInt()).isEqualTo(20);
        // the flags the job JVMs ran with are part of the record (JIT and GC flags change the figures)
        List<String> flags = new java.util.ArrayList<>();
        json.get("jvm_flags").forEach(f -> flags.add(f.asText()));
        assertThat(flags).contains("-Xmx3g").noneMatch(f -> f.startsWith("--add-opens"));
        JsonNode run = json.at("/runs/0");
        assertThat(run.get("cores").asInt()).isEqualTo(1);
        assertThat(run.get("articles").asLong()).isEqualTo(20);
        assertThat(run.get("duplicates").asLong()).isZero();
        assertThat(run.get("job_s").asDouble()).isPositive();
        assertThat(run.get("articles_per_s").asDouble()).isPositive();
        for (String lang : List.of("en", "ur")) {
            JsonNode l = run.at("/languages/" + lang);
            assertThat(l.get("articles").asLong()).as(lang).isBetween(3L, 17L);
            assertThat(l.get("tokens").asLong()).as(lang).isGreaterThan(l.get("articles").asLong() * 50);
            assertThat(l.get("tokens_per_s_per_core").asDouble()).as(lang).isPositive();
            assertThat(l.get("analyse_tokens_per_s_per_core").asDouble()).as(lang)
                    .isGreaterThanOrEqualTo(l.get("tokens_per_s_per_core").asDouble());
            assertThat(run.at("/stages/nlp_" + lang + "_core_s").asDouble()).as(lang).isPositive();
            assertThat(run.at("/stages/events_" + lang + "_core_s").asDouble()).as(lang).isPositive();
        }
        assertThat(run.at("/stages/read_s").asDouble()).isPositive();
        assertThat(run.at("/stages/dedup_s").isNumber()).isTrue();
        assertThat(run.at("/stages/write_s").asDouble()).isPositive();
        // the job's CPU split by thread kind: the analysis shows on Spark's task threads, and the kinds
        // (with the threads that ended) add up to the whole JVM's CPU
        if (java.nio.file.Files.isDirectory(Path.of("/proc/self/task"))) { // Linux only
            double jobCpu = run.get("job_cpu_s").asDouble();
            assertThat(run.at("/job_cpu_by_thread_s/spark_tasks").asDouble()).isPositive().isLessThan(jobCpu);
            double kinds = 0;
            for (JsonNode v : run.get("job_cpu_by_thread_s")) {
                kinds += v.asDouble();
            }
            assertThat(kinds).isBetween(jobCpu * 0.9, jobCpu * 1.1 + 0.5);
        }
        assertThat(run.at("/startup/models_s").asDouble()).isPositive();
        assertThat(run.at("/startup/total_s").asDouble()).isGreaterThan(run.at("/startup/session_s").asDouble());
        assertThat(run.at("/heap/max_heap_mb").asLong()).isBetween(2900L, 3100L);
        assertThat(run.at("/heap/peak_after_gc_mb").asLong()).isPositive()
                .isLessThanOrEqualTo(run.at("/heap/max_heap_mb").asLong());
        assertThat(run.at("/load_avg/start").isNumber()).isTrue();
        assertThat(run.at("/load_avg/max").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(run.at("/load_avg/mean").isNumber()).isTrue();

        assertThat(json.at("/raw/en_corenlp/tokens_per_s").asDouble()).isPositive();
        assertThat(json.at("/raw/ur_analyzer/tokens_per_s").asDouble()).isPositive();
        assertThat(json.at("/raw/en_corenlp_2_threads/threads").asInt()).isEqualTo(2);
        assertThat(json.at("/raw/ur_analyzer_2_threads/tokens_per_s_per_thread").asDouble()).isPositive();
        assertThat(json.at("/summary/raw_scaling_2_threads_en").asDouble()).isPositive();
        assertThat(json.at("/raw/properties/annotators").asText()).isEqualTo("tokenize,ssplit,ner");
        assertThat(json.at("/summary/ratios/en_job_over_raw_local1").asDouble()).isPositive();
        assertThat(json.at("/summary/ratios/ur_job_over_raw_local1").asDouble()).isPositive();
        assertThat(json.at("/summary/scaling_local2_over_local1").isNull()).isTrue();
        assertThat(json.at("/summary/targets").has("startup<=20s")).isTrue();
        assertThat(out.resolve("bench.json")).exists();
        assertThat(json.get("raw_alongside_local1").isNull()).isTrue();
        assertThat(json.at("/runs/0/pinned_cpus").isNull()).isTrue();
        assertThat(json.at("/summary/ratios").has("en_job_over_raw_alongside_local1")).isFalse();
    }

    /** The ceiling measured on CPU 1 while local[1] runs on CPU 0; the English target is judged on it. */
    @Test
    void rawAlongsideMeasuresTheCeilingWhileTheJobRunsAndJudgesEnglishOnIt(@TempDir Path out) throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        JsonNode json = bench("--articles", "20", "--cores", "1", "--out", out.toString(), "--raw-seconds", "0",
                "--no-probes", "--raw-alongside", "--samples", "../samples/2024-07-26");

        JsonNode along = json.get("raw_alongside_local1");
        assertThat(along.get("window_s").asDouble()).isPositive();
        for (String measure : List.of("en_corenlp", "ur_analyzer")) {
            JsonNode m = along.get(measure);
            assertThat(m.get("slices").asInt()).as(measure).isPositive();
            assertThat(m.get("tokens").asLong()).as(measure).isPositive();
            assertThat(m.get("tokens_per_s").asDouble()).as(measure)
                    .isBetween(m.get("slowest_slice_tokens_per_s").asDouble(), m.get("fastest_slice_tokens_per_s").asDouble());
        }
        // the stop file ended it: the raw measure ran no longer than the job it ran beside
        assertThat(along.get("window_s").asDouble()).isLessThan(json.at("/runs/0/job_s").asDouble()
                + json.at("/runs/0/startup/total_s").asDouble() + 2 * 10 + 5);
        assertThat(json.get("raw").isNull()).isTrue();
        assertThat(json.at("/runs/0/pinned_cpus").asText()).isEqualTo("0");
        JsonNode ratios = json.at("/summary/ratios");
        double en = json.at("/runs/0/languages/en/tokens_per_s_per_core").asDouble();
        assertThat(ratios.get("en_job_over_raw_alongside_local1").asDouble())
                .isCloseTo(en / along.at("/en_corenlp/tokens_per_s").asDouble(), within(0.002));
        assertThat(ratios.get("ur_nlp_step_over_raw_alongside_local1").asDouble()).isPositive();
        assertThat(json.at("/summary/targets/en_job_over_raw>=0.9").asBoolean())
                .isEqualTo(ratios.get("en_job_over_raw_alongside_local1").asDouble() >= 0.9);
    }

    private static JsonNode bench(String... args) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            code = new CommandLine(new BenchCommand()).execute(args);
        } finally {
            System.setOut(original);
        }
        String printed = stdout.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertThat(code).isZero();
        List<String> lines = printed.strip().lines().toList();
        assertThat(lines.get(0)).contains("local[1]");
        return new ObjectMapper().readTree(lines.get(lines.size() - 1));
    }
}
