package khabar.jobs.nightly;

/** Rows written per table by one run. */
public record TableCounts(long articles, long sentences, long entities, long events, long rejects, long duplicates) {
    public static final TableCounts NONE = new TableCounts(0, 0, 0, 0, 0, 0);
}
