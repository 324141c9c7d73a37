package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/** Reads a file holding one HTML page as one article (charset from its meta, else detected). */
final class HtmlFileReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final int maxBytes;

    HtmlFileReader(String origin, InputStream in, int maxBytes) {
        this.origin = origin;
        this.in = in;
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        DumpRecord r;
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            r = bytes.length > maxBytes
                    ? new Reject(origin, 0, RejectReason.TOO_LARGE, "HTML page over " + maxBytes + " bytes",
                            StrictUtf8.lenient(bytes, 0, bytes.length))
                    : HtmlPages.toRecord(origin, 0, null, bytes, null);
        } catch (IOException e) {
            r = ReadFailures.reject(origin, -1, "in the HTML page", e);
        }
        return List.of(r).iterator();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
