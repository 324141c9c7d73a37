package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Reads news-please JSON Lines: one JSON object a line. Each bad line becomes a reject with its
 * offset; a stream that ends early (truncated gzip) yields a TRUNCATED reject after the good lines.
 * Three ways ({@link DumpReaders#open}, {@link DumpReaders#openRange}):
 * <ul>
 *   <li>a whole uncompressed (or otherwise compressed) file: origin offsets are 0-based line numbers;</li>
 *   <li>a byte range {@code (start, end]} of an uncompressed file: the lines that begin in it, by their
 *   byte offsets;</li>
 *   <li>gzip members ({@link GzipMemberStream}), a whole {@code .jsonl.gz} or a range {@code [start, end)}
 *   of a multi-member one: a line belongs to the member holding the newline that ends the line before
 *   it (the first line of the file to the first member), and a range owns the lines whose member starts in
 *   it, reading on into later members to finish the last. Origin offset: that member's file offset × 2^24
 *   + the line's number among the lines belonging to it (the file's first member numbers its lines from 0,
 *   so a single-stream file gets plain line numbers, as before). Neither depends on how the file was cut.</li>
 * </ul>
 */
final class JsonLinesReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final int maxLineBytes;
    private final long start;
    private final long end;
    private final boolean byteOffsets;
    /** The gzip members being read, in the member mode; else null. */
    private final GzipMemberStream members;
    private final NewsPleaseJson parser = new NewsPleaseJson();
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    /** Position in the file of buf[bufPos]. */
    private long filePos;

    /** Bits of a member-mode offset that number the lines of one member. */
    static final int LINE_BITS = 24;
    /** Member mode: file offset of the member holding the last newline read (-1: none yet). */
    private long newlineMember = -1;
    /** Member mode: newlines read so far in that member. */
    private long newlinesInMember;
    /** Member mode: origin offset of the line to be read next. */
    private long nextLineOffset;

    private JsonLinesReader(String origin, InputStream in, GzipMemberStream members, int maxLineBytes, long start,
                            long end) {
        this.origin = origin;
        this.in = in;
        this.members = members;
        this.maxLineBytes = maxLineBytes;
        this.start = start;
        this.end = end;
        this.byteOffsets = members == null && !(start == 0 && end == Long.MAX_VALUE);
        this.filePos = members == null ? start : 0;
    }

    /** The lines of a whole file when {@code start == 0 && end == Long.MAX_VALUE}, else of the byte range (start, end]. */
    static JsonLinesReader lines(String origin, InputStream in, int maxLineBytes, long start, long end) {
        return new JsonLinesReader(origin, in, null, maxLineBytes, start, end);
    }

    /**
     * Member mode: the lines of gzip members, {@code in} positioned at the first member starting at or after
     * {@code start} and not stopping at {@code end} (lines are finished in later members); the whole file
     * when {@code start == 0 && end == Long.MAX_VALUE}.
     */
    static JsonLinesReader gzipMembers(String origin, GzipMemberStream in, int maxLineBytes, long start, long end) {
        return new JsonLinesReader(origin, in, in, maxLineBytes, start, end);
    }

    /** Member mode: notes the newline at uncompressed position {@code position}; the next line's offset follows from it. */
    private void newlineAt(long position) throws IOException {
        long member = members.memberOffset(position);
        if (member != newlineMember) {
            newlineMember = member;
            newlinesInMember = 0;
        }
        long number = newlinesInMember++ + (member == 0 ? 1 : 0);
        // the first member numbers on (a single-stream file: plain line numbers, however many); a later one
        // must stay within its 2^24 numbers
        if (member > 0 && number >= 1L << LINE_BITS) {
            throw new IOException("more than " + ((1L << LINE_BITS) - 1) + " lines in the gzip member at byte " + member
                    + ": cannot number them");
        }
        nextLineOffset = member << LINE_BITS | number;
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
        line.begin = members != null ? nextLineOffset : filePos;
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
            if (newline && members != null) {
                newlineAt(filePos + (i - bufPos));
            }
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

            /**
             * Skips the rest of a line that an earlier range owns; false at the end of the input. In member mode
             * a failure here (a truncated or corrupt member) is that range's to report: it reads on to finish
             * its last line and meets it too.
             */
            private boolean skipFirstLine() throws IOException {
                if (members == null) {
                    return readLine(line);
                }
                try {
                    return readLine(line);
                } catch (IOException reportedByTheOwner) {
                    return false;
                }
            }

            @Override
            protected DumpRecord pull() {
                try {
                    if (!started) {
                        started = true;
                        if (start > 0 && !skipFirstLine()) {
                            finish();
                            return null;
                        }
                    }
                    boolean past = members != null ? newlineMember >= end : filePos > end;
                    if (past || !readLine(line)) {
                        finish();
                        return null;
                    }
                } catch (IOException e) {
                    finish();
                    long at = members != null ? nextLineOffset : byteOffsets ? filePos : lineNumber + 1;
                    return ReadFailures.reject(origin, at, members != null ? "at line " + where(at)
                            : byteOffsets ? "at byte " + filePos : "after line " + (lineNumber + 1), e);
                }
                lineNumber++;
                long offset = members != null || byteOffsets ? line.begin : lineNumber;
                String where = members != null ? "line " + where(offset)
                        : byteOffsets ? "the line at byte " + offset : "line " + (lineNumber + 1);
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

    /** A member-mode offset for people: "N of the gzip member at byte B". */
    private static String where(long offset) {
        long member = offset >>> LINE_BITS;
        long number = offset & ((1L << LINE_BITS) - 1);
        return member == 0 ? Long.toString(number + 1) : (number + 1) + " of the gzip member at byte " + member;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
