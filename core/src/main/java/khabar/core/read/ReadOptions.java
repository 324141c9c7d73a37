package khabar.core.read;

import java.io.Serializable;

/**
 * How dumps are read.
 *
 * @param format            the format of every file and archive entry, or null to detect it from the
 *                          first bytes ({@code khabar.read.format = auto}); compression and archives
 *                          are always detected
 * @param maxRecordBytes    a record (JSON line or object, text file, SGML document, HTML page) over this
 *                          many bytes is rejected as TOO_LARGE
 * @param maxEntryBytes     an archive entry that expands beyond this many bytes is rejected as TOO_LARGE
 * @param maxArchiveBytes   an archive whose entries expand beyond this many bytes in all is cut there:
 *                          the rest is one TOO_LARGE reject
 * @param maxExpansionRatio an archive whose entries expand more than this many times its own size
 *                          (checked once past {@value #RATIO_FLOOR} bytes) is cut there the same way
 */
public record ReadOptions(DumpFormat format, int maxRecordBytes, long maxEntryBytes, long maxArchiveBytes,
                          int maxExpansionRatio) implements Serializable {
    /** The ratio is not checked before an archive has expanded to this many bytes. */
    public static final long RATIO_FLOOR = 16L << 20;

    public ReadOptions {
        if (maxRecordBytes < 1 || maxEntryBytes < 1 || maxArchiveBytes < 1 || maxExpansionRatio < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** Detected formats; 8 MiB records; 1 GiB per entry, 16 GiB and 200× per archive. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, DumpReaders.DEFAULT_MAX_RECORD_BYTES, 1L << 30, 16L << 30, 200);
    }

    /** These options with {@code format} forced (null: detect). */
    public ReadOptions withFormat(DumpFormat format) {
        return new ReadOptions(format, maxRecordBytes, maxEntryBytes, maxArchiveBytes, maxExpansionRatio);
    }

    /** These options with another record size limit. */
    public ReadOptions withMaxRecordBytes(int bytes) {
        return new ReadOptions(format, bytes, maxEntryBytes, maxArchiveBytes, maxExpansionRatio);
    }
}
