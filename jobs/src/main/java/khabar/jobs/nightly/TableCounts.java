package khabar.jobs.nightly;

import java.util.List;

/**
 * Rows written per table by one run, and the accounting of its input per file ({@link FileCounts},
 * in listing order).
 */
public record TableCounts(long articles, long sentences, long entities, long events, long rejects, long duplicates,
                          List<FileCounts> files) {
    public static final TableCounts NONE = new TableCounts(0, 0, 0, 0, 0, 0, List.of());

    public TableCounts {
        files = List.copyOf(files);
    }

    /** The per-file counts summed over every input file. */
    public FileCounts total() {
        FileCounts sum = new FileCounts("all files", 0, 0, 0, 0);
        for (FileCounts f : files) {
            sum = sum.plus(f, sum.file());
        }
        return sum;
    }
}
