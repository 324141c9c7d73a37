package khabar.jobs.nightly;

/**
 * The accounting of one input file: every record read from it (archive entries included) is exactly
 * one of an article (a first copy), a duplicate (an article whose {@code duplicate_of} is set, or a
 * record dropped as DUPLICATE_ID) or a reject (bad input, any other reason code).
 *
 * @param file       URI of the input file, as listed
 * @param records    records the readers produced from it
 * @param articles   of those, articles that are no copy of another
 * @param duplicates of those, exact or near copies of another article
 * @param rejects    of those, bad input
 */
public record FileCounts(String file, long records, long articles, long duplicates, long rejects) {
    /** Whether records = articles + duplicates + rejects. */
    public boolean balanced() {
        return records == articles + duplicates + rejects;
    }

    /** The sum of two files' counts, named {@code file}. */
    FileCounts plus(FileCounts o, String name) {
        return new FileCounts(name, records + o.records, articles + o.articles, duplicates + o.duplicates,
                rejects + o.rejects);
    }
}
