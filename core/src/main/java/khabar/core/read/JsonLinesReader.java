package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Reads news-please JSON Lines: one JSON object a line. Each bad line becomes a reject with its
 * offset; a stream that ends early (truncated gzip) yields a TRUNCATED reject after the good lines.
 * Reads a whole file (origin offsets are 0-based line numbers) or a byte range of one for a split task
 * (origin offsets are byte offsets of the lines in the file, see {@link DumpReaders#openJsonLinesRange}).
 */
final class JsonLinesReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final int maxLineBytes;
    private final long start;
    private final long end;
    private final boolean byteOffsets;
    private final NewsPleaseJson parser = new NewsPleaseJson();
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    /** Position in the file of buf[bufPos]. */
    private long filePos;

    /** A whole file when {@code start == 0 && end == Long.MAX_VALUE}, else the range (start, end]. */
    JsonLinesReader(String origin, InputStream in, int maxLineBytes, long start, long end) {
        this.origin = origin;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.start = start;
        this.end = end;
        this.byteOffsets = !(start == 0 && end == Long.MAX_VALUE);
        this.filePos = start;
    }

    /** The line just read: its bytes (at most maxLineBytes), its length and where it began. */
    private final class Line {
        byte[] bytes = new byte[4096];
        int length;
        long total;
        long begin;
    }

    /** Reads one line into {@code line}; false at the end of the input with nothing read. */
    private boolean readLine(Line line) throws IOException {
        line.length = 0;
        line.total = 0;
        line.begin = filePos;
        while (true) {
            if (bufPos == bufLen) {
                bufLen = in.read(buf, 0, buf.length);
                bufPos = 0;
                if (bufLen <= 0) {
                    bufLen = 0;
                    return line.total > 0;
                }
            }
            int i = bufPos;
            while (i < bufLen && buf[i] != '\n') {
                i++;
            }
            append(line, bufPos, i - bufPos);
            boolean newline = i < bufLen;
            int consumed = i - bufPos + (newline ? 1 : 0);
            filePos += consumed;
            bufPos += consumed;
            if (newline) {
                return true;
            }
        }
    }

    private void append(Line line, int from, int n) {
        line.total += n;
        int keep = (int) Math.min(n, Math.max(0, maxLineBytes - line.length));
        if (keep > 0) {
            if (line.length + keep > line.bytes.length) {
                line.bytes = Arrays.copyOf(line.bytes, Math.max(line.length + keep, 2 * line.bytes.length));
            }
            System.arraycopy(buf, from, line.bytes, line.length, keep);
            line.length += keep;
        }
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return new PullIterator() {
            private final Line line = new Line();
            private long lineNumber = -1;
            private boolean started;

            @Override
            protected DumpRecord pull() {
                try {
                    if (!started) {
                        started = true;
                        if (start > 0 && !readLine(line)) {
                            finish();
                            return null;
                        }
                    }
                    if (filePos > end || !readLine(line)) {
                        finish();
                        return null;
                    }
                } catch (IOException e) {
                    finish();
                    return ReadFailures.reject(origin, byteOffsets ? filePos : lineNumber + 1,
                            byteOffsets ? "at byte " + filePos : "after line " + (lineNumber + 1), e);
                }
                lineNumber++;
                long offset = byteOffsets ? line.begin : lineNumber;
                String where = byteOffsets ? "the line at byte " + offset : "line " + (lineNumber + 1);
                if (line.total > maxLineBytes) {
                    return new Reject(origin, offset, RejectReason.TOO_LARGE,
                            where + " is over " + maxLineBytes + " bytes", StrictUtf8.lenient(line.bytes, 0, line.length));
                }
                String json;
                try {
                    json = StrictUtf8.decode(line.bytes, 0, line.length);
                } catch (CharacterCodingException e) {
                    return new Reject(origin, offset, RejectReason.INVALID_ENCODING,
                            where + " is not valid UTF-8", StrictUtf8.lenient(line.bytes, 0, line.length));
                }
                if (json.isBlank()) {
                    return null;
                }
                return parser.parse(origin, offset, json, where);
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
