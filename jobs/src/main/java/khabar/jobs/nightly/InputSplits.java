package khabar.jobs.nightly;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Plans the read tasks on the driver from the file listing, so that neither one huge file nor many
 * tiny ones decide the number of tasks (the rules of Spark's own file sources):
 * <ul>
 *   <li>the split size is {@code min(maxSplitBytes, max(openCostBytes, totalCost / parallelism))}, where a
 *   file costs its size plus {@code openCostBytes} (opening a file costs about as much as reading that
 *   many bytes): small inputs still spread over every core, large ones get splits of maxSplitBytes;</li>
 *   <li>a file larger than the split size that is splittable (uncompressed UTF-8 JSON Lines, or a
 *   WARC.gz of one gzip member per record as CC-NEWS has it) is cut into byte ranges of the split size,
 *   each its own task (the last up to 10% larger rather than a sliver), read by the line-split rule or
 *   from the first gzip member in the range;</li>
 *   <li>every other file is read whole (single-stream gzip and other compressed files, uncompressed WARC,
 *   archives);
 *   whole files are packed, in listing order, into splits of at most the split size.</li>
 * </ul>
 */
public final class InputSplits {
    /** What opening one file costs, in bytes of reading. */
    public static final long DEFAULT_OPEN_COST_BYTES = 256L << 10;
    /**
     * A file's last range may be this much larger than the split size rather than leave a sliver of a
     * task (Hadoop's {@code SPLIT_SLOP}): 1 GiB + 692 bytes is 8 ranges, not 9.
     */
    static final double SPLIT_SLOP = 1.1;

    private InputSplits() {
    }

    /** A file of the listing and its size in bytes. */
    public record SizedFile(String uri, long size) {
    }

    /**
     * The plan's knobs.
     *
     * @param maxSplitBytes  the largest split (Spark's {@code spark.sql.files.maxPartitionBytes}, 128 MiB)
     * @param openCostBytes  the cost of opening a file
     * @param parallelism    the cores to spread a small input over
     */
    public record Settings(long maxSplitBytes, long openCostBytes, int parallelism) {
        public Settings {
            if (maxSplitBytes < 1 || openCostBytes < 0 || parallelism < 1) {
                throw new IllegalArgumentException("split settings must be positive: " + maxSplitBytes + ", "
                        + openCostBytes + ", " + parallelism);
            }
        }
    }

    /** The split size for these files: see the class comment. */
    public static long splitBytes(List<SizedFile> files, Settings s) {
        long total = 0;
        for (SizedFile f : files) {
            total += f.size() + s.openCostBytes();
        }
        return Math.min(s.maxSplitBytes(), Math.max(Math.max(1, s.openCostBytes()), total / s.parallelism()));
    }

    /**
     * Plans the splits of {@code files}; {@code splittable} says whether a file larger than the split size
     * may be cut into byte ranges (it is asked only about those).
     */
    public static List<InputSplit> plan(List<SizedFile> files, Settings settings, Predicate<SizedFile> splittable) {
        long splitBytes = splitBytes(files, settings);
        List<InputSplit> splits = new ArrayList<>();
        List<InputSplit.Part> open = new ArrayList<>();
        long openCost = 0;
        for (SizedFile f : files) {
            if (f.size() > splitBytes * SPLIT_SLOP && splittable.test(f)) {
                long start = 0;
                while (start < f.size()) {
                    long end = f.size() - start > splitBytes * SPLIT_SLOP ? start + splitBytes : f.size();
                    splits.add(new InputSplit(List.of(InputSplit.Part.range(f.uri(), f.size(), start, end))));
                    start = end;
                }
                continue;
            }
            long cost = f.size() + settings.openCostBytes();
            if (!open.isEmpty() && openCost + cost > splitBytes) {
                splits.add(new InputSplit(open));
                open = new ArrayList<>();
                openCost = 0;
            }
            open.add(InputSplit.Part.whole(f.uri(), f.size()));
            openCost += cost;
        }
        if (!open.isEmpty()) {
            splits.add(new InputSplit(open));
        }
        return splits;
    }
}
