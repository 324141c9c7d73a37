package khabar.bench.job;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import khabar.jobs.process.ChildProcess;

/**
 * The benchmark: writes the corpus, runs {@link BenchRun} in a fresh JVM for each core count (same
 * classpath and JVM flags as this one, {@code -Xmx} from the settings), then {@link RawThroughput} in one
 * more, and puts the figures together ({@link BenchReport}); optionally also the raw ceiling at the same
 * moment as the local[1] run, on the other CPU ({@link RawAlongside}).
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param corpus     what to generate
     * @param cores      a run on local[c] for each
     * @param out        folder for the corpus, warehouses, logs and results
     * @param heap       -Xmx of the child JVMs
     * @param rawSeconds budget of each raw measure (0: none)
     * @param probes     whether each run also times read, prepare and dedup separately
     * @param pin        whether the run on local[c] is pinned to CPUs 0..c-1 ({@code taskset}), JIT and GC included
     * @param alongside   whether the raw ceiling is also measured at the same moment as the local[1] run
     *                    ({@link RawAlongside} on CPU 1 while the job runs pinned to CPU 0)
     */
    public record Settings(CorpusGenerator.Settings corpus, List<Integer> cores, Path out, String heap, double rawSeconds,
                           boolean probes, boolean pin, boolean alongside) {
        public Settings {
            int cpus = Runtime.getRuntime().availableProcessors();
            for (int c : cores) {
                if (c < 1 || (pin && c > cpus)) {
                    throw new IllegalArgumentException("cannot run local[" + c + "]" + (pin ? " pinned: this machine has "
                            + cpus + " CPUs" : ""));
                }
            }
            if (alongside && (cpus < 2 || !cores.contains(1))) {
                throw new IllegalArgumentException("--raw-alongside needs a local[1] run (--cores with 1) and two CPUs; "
                        + "this machine has " + cpus);
            }
        }
    }

    /** Seconds of each timed slice of the raw measure that runs alongside the job. */
    static final double ALONGSIDE_SLICE_SECONDS = 10;

    /** The figures: per run, the summary, and the whole as one JSON object. */
    public record Result(List<Map<String, Object>> runs, Map<String, Object> summary, Map<String, Object> json) {
        public String table() {
            return BenchReport.table(runs, summary);
        }

        public String jsonLine() throws IOException {
            return JSON.writeValueAsString(json);
        }
    }

    private final Settings settings;

    public Bench(Settings settings) {
        this.settings = settings;
    }

    public Result run(PrintStream progress) throws IOException, InterruptedException {
        Path out = settings.out().toAbsolutePath();
        double loadStart = loadAverage();
        Path corpusDir = out.resolve("corpus");
        deleteTree(corpusDir);
        long g0 = System.nanoTime();
        CorpusGenerator.Result corpus = new CorpusGenerator(settings.corpus()).write(corpusDir);
        progress.printf("khabar bench: %d articles %s in %d file(s), %.1f MB, under %s (%.1f s)%n",
                settings.corpus().articles(), corpus.articlesByLanguage(), corpus.files().size(), corpus.bytes() / 1e6,
                corpus.dateDir(), (System.nanoTime() - g0) / 1e9);
        List<Map<String, Object>> runs = new ArrayList<>();
        Map<String, Object> alongside = null;
        for (int c : settings.cores()) {
            Path warehouse = out.resolve("warehouse-local" + c);
            deleteTree(warehouse);
            Path result = out.resolve("run-local" + c + ".json");
            Files.deleteIfExists(result);
            boolean withRaw = settings.alongside() && c == 1;
            progress.printf("khabar bench: nightly job on local[%d]%s (log: %s)%n", c,
                    withRaw ? " on CPU 0 and the raw ceiling alongside on CPU 1" : "",
                    out.resolve("run-local" + c + ".log") + (withRaw ? ", " + out.resolve("raw-alongside.log") : ""));
            List<String> job = List.of(BenchRun.class.getName(), corpusDir + "/{date}", settings.corpus().date().toString(),
                    Integer.toString(c), warehouse.toString(), result.toString(), settings.probes() ? "probes" : "no-probes");
            String cpus = withRaw ? "0" : settings.pin() ? "0-" + (c - 1) : null;
            if (withRaw) {
                alongside = runAlongside(job, corpus.dateDir(), out);
            } else {
                child(cpus == null ? List.of() : List.of("taskset", "-c", cpus), job, out.resolve("run-local" + c + ".log"));
            }
            Map<String, Object> run = BenchReport.derive(read(result));
            run.put("pinned_cpus", cpus);
            runs.add(run);
        }
        Map<String, Object> rawCeiling = null;
        if (settings.rawSeconds() > 0) {
            Path result = out.resolve("raw.json");
            Files.deleteIfExists(result);
            progress.printf("khabar bench: raw single-thread CoreNLP and Urdu analyzer (log: %s)%n", out.resolve("raw.log"));
            child(List.of(), List.of(RawThroughput.class.getName(), corpus.dateDir().toString(), result.toString(),
                    Double.toString(settings.rawSeconds())), out.resolve("raw.log"));
            rawCeiling = read(result);
        }
        Map<String, Object> summary = BenchReport.summary(runs, rawCeiling, alongside);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "khabar");
        json.put("machine", machine(loadStart));
        json.put("corpus", Map.of("articles", settings.corpus().articles(), "mix", settings.corpus().mix().toString(),
                "seed", settings.corpus().seed(), "files", corpus.files().size(), "bytes", corpus.bytes(),
                "by_language", corpus.articlesByLanguage()));
        json.put("heap_xmx", settings.heap());
        json.put("jvm_flags", childVmFlags());
        json.put("pinned", settings.pin());
        json.put("runs", runs);
        json.put("raw", rawCeiling);
        json.put("raw_alongside_local1", alongside);
        json.put("summary", summary);
        Files.writeString(out.resolve("bench.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return new Result(runs, summary, json);
    }

    private static Map<String, Object> machine(double loadStart) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memory_gb", Math.round(os.getTotalMemorySize() / 1e9 * 10) / 10.0);
        }
        m.put("java", System.getProperty("java.version"));
        m.put("load_avg_start", loadStart);
        m.put("load_avg_end", loadAverage());
        return m;
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    /**
     * The local[1] job pinned to CPU 0 and, at the same time, {@link RawAlongside} pinned to CPU 1; when the
     * job ends, the stop file tells the raw measure to finish. Its result.
     */
    private Map<String, Object> runAlongside(List<String> job, Path corpusDateDir, Path out)
            throws IOException, InterruptedException {
        Path result = out.resolve("raw-alongside.json");
        Path stop = out.resolve("raw-alongside.stop");
        Files.deleteIfExists(result);
        Files.deleteIfExists(stop);
        try (ChildProcess raw = start(List.of("taskset", "-c", "1"), List.of(RawAlongside.class.getName(),
                corpusDateDir.toString(), result.toString(), Double.toString(ALONGSIDE_SLICE_SECONDS), stop.toString()),
                out.resolve("raw-alongside.log"), childLimit())) {
            try {
                child(List.of("taskset", "-c", "0"), job, out.resolve("run-local1.log")); // as cpus above
            } finally {
                Files.writeString(stop, "job ended\n");
            }
            // the raw measure ends within three slices of the stop file
            raw.waitForSuccess();
        }
        return read(result);
    }

    /**
     * Runs a main class in a fresh JVM with this JVM's classpath and flags (its own -Xmx), output to log, within
     * {@link #childLimit()}; {@code prefix} goes before the java command (taskset).
     */
    private void child(List<String> prefix, List<String> mainAndArgs, Path log) throws IOException, InterruptedException {
        try (ChildProcess p = start(prefix, mainAndArgs, log, childLimit())) {
            p.waitForSuccess();
        }
    }

    private ChildProcess start(List<String> prefix, List<String> mainAndArgs, Path log, Duration limit) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(childJvmArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        return ChildProcess.builder("benchmark run " + mainAndArgs.get(0) + " (log: " + log + ")", cmd).log(log)
                .limit(limit).start();
    }

    /**
     * How long one child may run: 10 minutes plus 50 ms per article, five times the per-article time measured on
     * one core (docs/benchmarks.md: about 10 ms per article), plus the raw measure's budget.
     */
    private Duration childLimit() {
        return Duration.ofMinutes(10).plusMillis(50L * settings.corpus().articles())
                .plusSeconds((long) Math.ceil(settings.rawSeconds() + ALONGSIDE_SLICE_SECONDS * 3));
    }

    /** This JVM's flags less its heap size and agents, then {@code -Xmx} from the settings: what each child runs with. */
    private List<String> childJvmArguments() {
        List<String> args = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-Xms") && !a.startsWith("-agentlib") && !a.startsWith("-javaagent")
                    && !a.startsWith("-XX:MaxRAM")) {
                args.add(a);
            }
        }
        args.add("-Xmx" + settings.heap());
        return args;
    }

    /** The children's -X and -XX flags (JIT, GC, heap), without the module and system-property ones: in bench.json. */
    private List<String> childVmFlags() {
        return childJvmArguments().stream().filter(a -> a.startsWith("-X")).toList();
    }

    private static Map<String, Object> read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), new TypeReference<Map<String, Object>>() { });
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
