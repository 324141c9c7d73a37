package khabar.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files as CC-NEWS has them, with jwarc: every {@code response} record is one candidate
 * article (its HTTP body decoded by Transfer- and Content-Encoding, its charset from the HTTP header,
 * else the page's meta, else detected; its text extracted by {@link HtmlArticles}); {@code request},
 * {@code warcinfo}, {@code metadata} and other records are skipped. Origin offsets are the records' byte
 * offsets in the file: in a WARC.gz read from the file itself, the offset of the record's gzip member,
 * as CC's indexes give it. A response that is not a 2xx HTML page is an UNSUPPORTED_CONTENT reject; a
 * broken HTTP header MALFORMED_RECORD; a file that ends inside a record TRUNCATED after the records
 * before it.
 */
final class WarcDumpReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final ReadOptions options;
    /** Where in the file the record at a position of {@code in} began. */
    private final LongUnaryOperator recordOffset;
    /** Where in the file reading failed, given the offset of the last record read. */
    private final LongUnaryOperator failureOffset;
    private WarcReader reader;

    /** A WARC, uncompressed (or a gzip stream jwarc reads itself): offsets are positions in {@code in}. */
    WarcDumpReader(String origin, InputStream in, ReadOptions options) {
        this(origin, in, options, LongUnaryOperator.identity(), LongUnaryOperator.identity());
    }

    /**
     * A WARC.gz read member by member (the whole file, or the members of a byte range): a record's offset
     * is that of its gzip member, and a failure's that of the member being inflated.
     */
    WarcDumpReader(String origin, GzipMemberStream members, ReadOptions options) {
        this(origin, members, options, members::memberOffset,
                last -> members.currentMember() >= 0 ? members.currentMember() : last);
    }

    private WarcDumpReader(String origin, InputStream in, ReadOptions options, LongUnaryOperator recordOffset,
                           LongUnaryOperator failureOffset) {
        this.origin = origin;
        this.in = in;
        this.options = options;
        this.recordOffset = recordOffset;
        this.failureOffset = failureOffset;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return new PullIterator() {
            private long lastPosition;

            @Override
            protected DumpRecord pull() {
                Optional<WarcRecord> next;
                try {
                    if (reader == null) {
                        reader = new WarcReader(in);
                        reader.setLenient(true);
                    }
                    next = reader.next();
                } catch (ParsingException e) {
                    finish();
                    lastPosition = failureOffset.applyAsLong(lastPosition);
                    return new Reject(origin, lastPosition, RejectReason.MALFORMED_RECORD,
                            "WARC record header does not parse after byte " + lastPosition + ": " + e.getMessage()
                                    + "; the rest of the file is not read", "");
                } catch (IOException e) {
                    finish();
                    long at = failureOffset.applyAsLong(lastPosition);
                    return ReadFailures.reject(origin, at, at == lastPosition
                            ? "after the WARC record at byte " + lastPosition : "in the gzip member at byte " + at, e);
                }
                if (next.isEmpty()) {
                    finish();
                    return null;
                }
                WarcRecord record = next.get();
                long offset = recordOffset.applyAsLong(record.position());
                lastPosition = offset;
                if (!(record instanceof WarcResponse response)) {
                    return null;
                }
                try {
                    return toRecord(response, offset);
                } catch (EOFException e) {
                    finish();
                    return ReadFailures.reject(origin, offset, "in the WARC record at byte " + offset, e);
                } catch (IOException e) {
                    return ReadFailures.reject(origin, offset, "in the WARC record at byte " + offset, e);
                }
            }
        };
    }

    private DumpRecord toRecord(WarcResponse response, long offset) throws IOException {
        String url = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            return new Reject(origin, offset, RejectReason.MALFORMED_RECORD,
                    "HTTP header of the response for " + url + " does not parse: " + e.getMessage(), "");
        }
        if (http.status() < 200 || http.status() > 299) {
            return new Reject(origin, offset, RejectReason.UNSUPPORTED_CONTENT,
                    "HTTP status " + http.status() + " for " + url, "");
        }
        String type = http.headers().first("Content-Type").orElse("");
        MediaType media = MediaType.parseLeniently(type);
        String base = media.type().toLowerCase(Locale.ROOT) + "/" + media.subtype().toLowerCase(Locale.ROOT);
        if (!type.isBlank() && !base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return new Reject(origin, offset, RejectReason.UNSUPPORTED_CONTENT, "not HTML (" + type + "): " + url, "");
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(options.maxRecordBytes() + 1);
        }
        if (bytes.length > options.maxRecordBytes()) {
            return new Reject(origin, offset, RejectReason.TOO_LARGE,
                    "HTML page over " + options.maxRecordBytes() + " bytes: " + url, StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        return HtmlPages.toRecord(origin, offset, url, bytes, HtmlPages.headerCharset(type));
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        in.close();
    }
}
