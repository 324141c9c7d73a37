package khabar.jobs.nightly;

import java.util.List;
import java.util.stream.IntStream;

import khabar.core.read.ReadOptions;
import org.apache.hadoop.conf.Configuration;

/**
 * Prints how many read tasks the planner makes for typical inputs (not a test), with Spark's default
 * 128 MiB split and 2 cores, or the cores given as the first argument:
 * {@code java -cp jobs/target/test-classes:jobs/target/classes:core/target/classes:$(cat /tmp/jobs-cp.txt)
 * khabar.jobs.nightly.InputPlanReport 2 samples/2024-07-26}
 */
public final class InputPlanReport {
    private InputPlanReport() {
    }

    public static void main(String[] args) {
        int cores = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        InputSplits.Settings s = new InputSplits.Settings(128L << 20, InputSplits.DEFAULT_OPEN_COST_BYTES, cores);
        report("2,000 files of 1.5 KB", IntStream.range(0, 2000).mapToObj(i -> f("t" + i + ".txt", 1500)).toList(), s);
        report("100,000 files of 5 KB", IntStream.range(0, 100_000).mapToObj(i -> f("t" + i + ".txt", 5000)).toList(), s);
        report("one 2 GB JSON Lines file", List.of(f("big.jsonl", 2L << 30)), s);
        report("one 2 GB WARC.gz, a gzip member a record", List.of(f("big.warc.gz", 2L << 30)), s);
        report("one 1 GB JSONL.gz (one gzip stream)", List.of(f("a.jsonl.gz", 1L << 30)), s);
        report("one 1 GB JSONL.gz of many gzip members", List.of(f("a.members.jsonl.gz", 1L << 30)), s);
        report("one 1 GB JSONL.gz and one 1 GB WARC.gz", List.of(f("a.jsonl.gz", 1L << 30), f("b.warc.gz", 1L << 30)), s);
        report("the same, the JSONL.gz of many members", List.of(f("a.members.jsonl.gz", 1L << 30), f("b.warc.gz", 1L << 30)), s);
        if (args.length > 1) {
            Configuration conf = new Configuration();
            List<String> files = InputFiles.list(args[1], conf);
            List<InputSplits.SizedFile> sized = ReadDumps.sized(files, conf);
            List<InputSplit> splits = InputSplits.plan(sized, s, x -> ReadDumps.splittable(x.uri(), conf, ReadOptions.defaults()));
            System.out.printf("%-40s %7d files -> %5d tasks%n", args[1], files.size(), splits.size());
        }
    }

    private static InputSplits.SizedFile f(String name, long size) {
        return new InputSplits.SizedFile("file:/in/" + name, size);
    }

    private static void report(String what, List<InputSplits.SizedFile> files, InputSplits.Settings s) {
        // stands in for the head check (ReadDumps.splittable): uncompressed JSON Lines, multi-member WARC.gz
        // and JSONL.gz (named .members.jsonl.gz here)
        List<InputSplit> splits = InputSplits.plan(files, s, f -> f.uri().endsWith(".jsonl") || f.uri().endsWith(".warc.gz")
                || f.uri().endsWith(".members.jsonl.gz"));
        System.out.printf("%-40s %7d files -> %5d tasks (split size %d MiB)%n", what, files.size(), splits.size(),
                InputSplits.splitBytes(files, s) >> 20);
    }
}
