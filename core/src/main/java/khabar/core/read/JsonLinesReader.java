package khabar.core.read;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads news-please JSON Lines: one JSON object a line. Each bad line becomes a reject with its line
 * number; a stream that ends early (truncated gzip) yields a TRUNCATED reject after the good lines.
 */
final class JsonLinesReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final int maxLineBytes;
    private final NewsPleaseJson parser = new NewsPleaseJson();

    JsonLinesReader(String origin, InputStream in, int maxLineBytes) {
        this.origin = origin;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return new Iterator<>() {
            private long lineNumber = -1;
            private boolean finished;
            private DumpRecord next;

            @Override
            public boolean hasNext() {
                while (next == null && !finished) {
                    next = readNext();
                }
                return next != null;
            }

            @Override
            public DumpRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DumpRecord r = next;
                next = null;
                return r;
            }

            /** One record, or null for a blank line or the end of the stream. */
            private DumpRecord readNext() {
                ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
                boolean tooLong = false;
                try {
                    int b;
                    while ((b = in.read()) != -1 && b != '\n') {
                        if (line.size() < maxLineBytes) {
                            line.write(b);
                        } else {
                            tooLong = true;
                        }
                    }
                    if (b == -1) {
                        finished = true;
                        if (line.size() == 0) {
                            return null;
                        }
                    }
                } catch (EOFException e) {
                    finished = true;
                    return new Reject(origin, lineNumber + 1, RejectReason.TRUNCATED,
                            "compressed stream ends early after line " + lineNumber + ": " + e.getMessage(), "");
                } catch (IOException e) {
                    finished = true;
                    return new Reject(origin, lineNumber + 1, RejectReason.UNREADABLE,
                            "read failed after line " + lineNumber + ": " + e.getMessage(), "");
                }
                lineNumber++;
                byte[] bytes = line.toByteArray();
                if (tooLong) {
                    return new Reject(origin, lineNumber, RejectReason.TOO_LARGE,
                            "line over " + maxLineBytes + " bytes", StrictUtf8.lenient(bytes, 0, bytes.length));
                }
                String json;
                try {
                    json = StrictUtf8.decode(bytes, 0, bytes.length);
                } catch (CharacterCodingException e) {
                    return new Reject(origin, lineNumber, RejectReason.INVALID_ENCODING,
                            "line " + lineNumber + " is not valid UTF-8", StrictUtf8.lenient(bytes, 0, bytes.length));
                }
                if (json.isBlank()) {
                    return null;
                }
                return parser.parse(origin, lineNumber, json);
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
