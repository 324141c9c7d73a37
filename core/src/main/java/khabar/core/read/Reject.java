package khabar.core.read;

/**
 * A record (or file) that could not become an article.
 *
 * @param origin       URI of the file
 * @param originOffset record number in the file, or -1 for the whole file
 * @param reasonCode   machine-readable reason, see {@link RejectReason}
 * @param reason       human-readable explanation
 * @param sample       the first 200 chars of the offending input, or empty
 */
public record Reject(String origin, long originOffset, RejectReason reasonCode, String reason, String sample)
        implements DumpRecord {
    public static final int SAMPLE_CHARS = 200;

    public Reject {
        sample = sample == null ? "" : sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample;
    }
}
