package khabar.core.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The expansion budget of one archive (zip bombs): bytes read out of its entries, per entry and in all,
 * against the bytes read from the archive file itself. Entries of a nested archive count against the
 * outer archive's budget.
 */
final class ExpansionLimit {
    /** Thrown by a bounded stream past a limit; becomes a TOO_LARGE reject. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message);
        }
    }

    private final ReadOptions options;
    private final CountingInputStream archiveBytes;
    private long expanded;

    ExpansionLimit(ReadOptions options, CountingInputStream archiveBytes) {
        this.options = options;
        this.archiveBytes = archiveBytes;
    }

    /** Whether the whole archive is past its budget (then no further entry is read). */
    String exhausted() {
        if (expanded > options.maxArchiveBytes()) {
            return "archive expands beyond " + options.maxArchiveBytes() + " bytes";
        }
        long raw = Math.max(1, archiveBytes.count());
        if (expanded > ReadOptions.RATIO_FLOOR && expanded / raw > options.maxExpansionRatio()) {
            return "archive expands " + expanded / raw + " times its size (limit " + options.maxExpansionRatio() + ")";
        }
        return null;
    }

    /**
     * Reads {@code entry} to its end, counting against the archive's budget only (what a reader left of
     * an entry, or an entry past its own limit).
     */
    void drain(InputStream entry) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = entry.read(buf)) >= 0) {
            expanded += n;
            String why = exhausted();
            if (why != null) {
                throw new Exceeded(why);
            }
        }
    }

    /** {@code entry}'s bytes, counted; reading past a limit throws {@link Exceeded}. */
    InputStream bound(InputStream entry) {
        return new FilterInputStream(entry) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws Exceeded {
                read += n;
                expanded += n;
                if (read > options.maxEntryBytes()) {
                    throw new Exceeded("archive entry expands beyond " + options.maxEntryBytes() + " bytes");
                }
                String why = exhausted();
                if (why != null) {
                    throw new Exceeded(why);
                }
            }

            @Override
            public void close() {
                // the archive stream stays open for the next entry
            }
        };
    }
}
