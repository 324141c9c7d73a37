package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a one-article text file: the first non-blank line is the title, the rest (after a blank line)
 * the body. Bytes are decoded by {@link TextDecoding} (UTF-8, a BOM, or a trusted legacy code page); NUL
 * bytes or control characters make it a BINARY_CONTENT reject. A file whose body is missing keeps its only paragraph as the body and has no title.
 */
final class PlainTextArticleReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final int maxBytes;

    PlainTextArticleReader(String origin, InputStream in, int maxBytes) {
        this.origin = origin;
        this.in = in;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return List.of(read()).iterator();
    }

    private DumpRecord read() {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            return ReadFailures.reject(origin, -1, "in the text file", e);
        }
        if (bytes.length > maxBytes) {
            return new Reject(origin, 0, RejectReason.TOO_LARGE,
                    "article over " + maxBytes + " bytes", StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        if (hasNul(bytes)) {
            return new Reject(origin, 0, RejectReason.BINARY_CONTENT, "NUL bytes: binary data, not text",
                    StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        String content;
        try {
            content = TextDecoding.decode(bytes, null).text();
        } catch (TextDecoding.Undecodable e) {
            return new Reject(origin, 0, RejectReason.INVALID_ENCODING, e.getMessage(),
                    StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        if (TextDecoding.hasControls(content)) {
            return new Reject(origin, 0, RejectReason.BINARY_CONTENT, "control characters: binary data, not text",
                    StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        if (content.isBlank()) {
            return new Reject(origin, -1, RejectReason.EMPTY_FILE,
                    bytes.length == 0 ? "file is empty" : "file holds only whitespace", "");
        }
        return toArticle(content.replace("\r\n", "\n").strip());
    }

    private RawArticle toArticle(String content) {
        int split = content.indexOf("\n\n");
        String title = split < 0 ? "" : content.substring(0, split).strip();
        String body = split < 0 ? content : content.substring(split + 2).strip();
        if (title.contains("\n")) {
            // no blank line after a one-line title: the first line is still the title
            int nl = content.indexOf('\n');
            title = content.substring(0, nl).strip();
            body = content.substring(nl + 1).strip();
        }
        return new RawArticle(origin, 0, null, null, title, body, null, null, List.of());
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
