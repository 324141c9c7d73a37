package khabar.core.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** Opens a dump file with the reader its content calls for. */
public final class DumpReaders {
    /** Articles (one-article text files, or JSON records) larger than this are rejected as TOO_LARGE. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 8 << 20;

    private DumpReaders() {
    }

    /**
     * Opens {@code in} (compressed or not) as a dump. The reader owns the stream and closes it.
     *
     * @param origin         URI of the file, carried into every record
     * @param in             the raw bytes of the file
     * @param maxRecordBytes records over this size become TOO_LARGE rejects
     */
    public static DumpReader open(String origin, InputStream in, int maxRecordBytes) throws IOException {
        BufferedInputStream buffered;
        DumpFormat format;
        try {
            InputStream plain = Compression.decompressed(in);
            buffered = plain instanceof BufferedInputStream b ? b : new BufferedInputStream(plain);
            format = DumpFormat.sniff(buffered);
        } catch (EOFException e) {
            in.close();
            return rejecting(new Reject(origin, -1, RejectReason.TRUNCATED,
                    "compressed stream ends before its first record: " + e.getMessage(), ""));
        } catch (IOException e) {
            in.close();
            return rejecting(new Reject(origin, -1, RejectReason.UNREADABLE, "cannot open: " + e.getMessage(), ""));
        }
        return switch (format) {
            case JSONL -> new JsonLinesReader(origin, buffered, maxRecordBytes);
            case TEXT -> new PlainTextArticleReader(origin, buffered, maxRecordBytes);
        };
    }

    /** A reader whose only record is {@code reject}. */
    private static DumpReader rejecting(Reject reject) {
        return new DumpReader() {
            @Override
            public Iterator<DumpRecord> iterator() {
                return List.<DumpRecord>of(reject).iterator();
            }

            @Override
            public void close() {
                // nothing left open
            }
        };
    }

    /** Opens a local file; its URI is the origin. */
    public static DumpReader open(Path file) throws IOException {
        return open(file.toUri().toString(), Files.newInputStream(file), DEFAULT_MAX_RECORD_BYTES);
    }
}
