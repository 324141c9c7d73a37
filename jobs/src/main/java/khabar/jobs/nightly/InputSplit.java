package khabar.jobs.nightly;

import java.io.Serializable;
import java.util.List;

/**
 * The input of one read task: whole files, or one byte range of a large JSON Lines file or multi-member
 * WARC.gz.
 *
 * @param parts what the task reads, in order
 */
public record InputSplit(List<Part> parts) implements Serializable {
    public InputSplit {
        parts = List.copyOf(parts);
    }

    /**
     * A whole file ({@code whole}), or a byte range of it: of JSON Lines, the lines that begin in
     * {@code (start, end]} (and at 0 when {@code start} is 0), the classic line-split rule; of a WARC.gz,
     * the gzip members that begin in {@code [start, end)}. Either way each record is read by exactly one
     * range ({@code DumpReaders.openRange}).
     */
    public record Part(String file, long size, boolean whole, long start, long end) implements Serializable {
        static Part whole(String file, long size) {
            return new Part(file, size, true, 0, size);
        }

        static Part range(String file, long size, long start, long end) {
            return new Part(file, size, false, start, end);
        }

        /** Bytes this part reads (about). */
        long bytes() {
            return whole ? size : end - start;
        }
    }

    /** Bytes the split reads (about). */
    public long bytes() {
        return parts.stream().mapToLong(Part::bytes).sum();
    }
}
