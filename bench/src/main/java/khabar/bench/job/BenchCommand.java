package khabar.bench.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar bench}: generate a corpus, run the nightly job on it per core count, print the figures.
 * bin/khabar runs this class for {@code bin/khabar bench}, on the bench module's class path (the jobs jar
 * does not carry the benchmark).
 */
@Command(name = "khabar bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the whole job: generate N Urdu/English articles, run the nightly job on local[c] "
                + "for each --cores value (a fresh JVM each), measure raw single-thread CoreNLP and the Urdu analyzer on "
                + "the same texts, and print a table and, last, one JSON line. See docs/benchmarks.md."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "articles to generate (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--mix", paramLabel = "ur=S,en=S", defaultValue = "ur=0.5,en=0.5", description = "language shares (default ${DEFAULT-VALUE})")
    String mix;

    @Option(names = "--cores", paramLabel = "C,C", split = ",", defaultValue = "1,2", description = "run on local[C] for each (default ${DEFAULT-VALUE})")
    List<Integer> cores;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-out", description = "corpus, warehouses, logs and results (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "corpus random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2024-07-26", description = "dump date of the corpus (default ${DEFAULT-VALUE})")
    LocalDate date;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples/2024-07-26", description = "sample dumps whose sentences are mixed in (default ${DEFAULT-VALUE})")
    Path samples;

    @Option(names = "--heap", defaultValue = "3g", description = "-Xmx of each run's JVM (default ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--raw-seconds", defaultValue = "60", description = "time budget of each raw single-thread measure, warm-up included (default ${DEFAULT-VALUE}; 0: skip)")
    double rawSeconds;

    @Option(names = "--no-probes", description = "skip the separate read / prepare / dedup timings after each job")
    boolean noProbes;

    @Option(names = "--pin", description = "run the job on local[C] pinned to C CPUs (taskset -c 0..C-1), so that JIT, GC "
            + "and Spark's own threads share those cores too: per-core figures then mean one core; without it local[1] "
            + "also uses the idle second core of a 2-core machine (see cores busy)")
    boolean pin;

    @Option(names = "--raw-alongside", description = "also measure the raw ceiling at the same moment as the job: "
            + "raw CoreNLP and the Urdu analyzer on CPU 1 while local[1] runs on CPU 0 (needs two CPUs and 1 in --cores); "
            + "the English target is then judged on this ceiling")
    boolean rawAlongside;

    @Override
    public Integer call() throws Exception {
        CorpusGenerator.Settings corpus = new CorpusGenerator.Settings(articles, Mix.parse(mix), seed, date, samples, 500);
        Bench.Result r = new Bench(new Bench.Settings(corpus, cores, out, heap, rawSeconds, !noProbes, pin, rawAlongside)).run(System.err);
        System.out.println(r.table());
        System.out.println(r.jsonLine());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
