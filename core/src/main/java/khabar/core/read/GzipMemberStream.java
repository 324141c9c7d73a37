package khabar.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The uncompressed bytes of consecutive gzip members, read from a raw stream that is positioned at the
 * start of a member ({@code first}, a byte offset in the file), ending before the first member that
 * starts at or after {@code end}: the members a byte range of a multi-member gzip file owns. Each
 * member's CRC-32 and length are checked. Remembers where each member began, so that a position in the
 * uncompressed bytes can be traced back to the file offset of its member ({@link #memberOffset}).
 * A member of up to {@link #VERIFY_BYTES} uncompressed bytes (a bgzip block, a CC-NEWS record) is inflated
 * whole and checked before any of its bytes is served, so damaged data never reaches a reader: a CRC-32 or
 * length mismatch or a deflate error throws {@link ZipException} with none of the member's bytes given out.
 * A larger member streams, checked at its end. A stream that ends inside a member serves what inflated
 * before the end (deflate output up to a cut is sound) and then throws {@link EOFException}.
 */
final class GzipMemberStream extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream raw;
    private final long end;
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    /** File offset of buf[0]. */
    private long bufOffset;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private boolean inMember;
    private boolean done;
    private long memberStart = -1;
    private long memberBytes;
    private long uncompressed;
    /** Uncompressed position → file offset of the member that starts there (pruned as records are read). */
    private final TreeMap<Long, Long> members = new TreeMap<>();
    private final byte[] one = new byte[1];

    /** Members up to this many uncompressed bytes are checked before they are served. */
    static final int VERIFY_BYTES = 4 << 20;
    /** The current member's inflated bytes (all of it, checked, or the next part of a large member). */
    private byte[] pending = new byte[1 << 16];
    private int pendingPos;
    private int pendingLen;
    /** The input ended inside the member whose first bytes are pending: thrown once they are served. */
    private EOFException endedEarly;

    GzipMemberStream(InputStream raw, long first, long end) {
        this.raw = raw;
        this.bufOffset = first;
        this.end = end;
    }

    /** File offset of the member holding uncompressed byte {@code position} (positions asked in order). */
    long memberOffset(long position) {
        Map.Entry<Long, Long> e = members.floorEntry(position);
        if (e == null) {
            return memberStart;
        }
        members.headMap(e.getKey()).clear();
        return e.getValue();
    }

    /** File offset of the member being read now (or last read), -1 before the first. */
    long currentMember() {
        return memberStart;
    }

    /** File offset of the next raw byte: after the stream's end, where the first member it left begins. */
    long position() {
        return bufOffset + bufPos;
    }

    /** After a member: whether the input ends here. */
    boolean atInputEnd() throws IOException {
        return !fill(1);
    }

    /** After a member: whether another gzip member header follows. */
    boolean followedByMember() throws IOException {
        return fill(GzipHeaders.CHECKED) && GzipHeaders.plausibleAt(buf, bufPos);
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            if (pendingPos < pendingLen) {
                int n = Math.min(len, pendingLen - pendingPos);
                System.arraycopy(pending, pendingPos, b, off, n);
                pendingPos += n;
                uncompressed += n;
                return n;
            }
            if (endedEarly != null) {
                EOFException e = endedEarly;
                endedEarly = null;
                throw e;
            }
            if (!inMember && !startMember()) {
                return -1;
            }
            inflateMember();
        }
    }

    /**
     * Inflates the current member on into {@link #pending}: to its end, checked, when that comes within
     * {@link #VERIFY_BYTES} (a failed check throws and drops the bytes); else the next {@link #VERIFY_BYTES}
     * bytes, served before the rest is inflated (a large member is checked at its end only). An input that
     * ends inside the member keeps what inflated, and the {@link EOFException} waits until it is served.
     */
    private void inflateMember() throws IOException {
        pendingPos = 0;
        pendingLen = 0;
        try {
            while (true) {
                if (pendingLen == pending.length) {
                    if (pending.length >= VERIFY_BYTES) {
                        return;
                    }
                    pending = java.util.Arrays.copyOf(pending, Math.min(VERIFY_BYTES, 2 * pending.length));
                }
                int n;
                try {
                    n = inflater.inflate(pending, pendingLen, pending.length - pendingLen);
                } catch (DataFormatException e) {
                    throw new ZipException("bad deflate data in the gzip member at byte " + memberStart + ": " + e.getMessage());
                }
                if (n > 0) {
                    crc.update(pending, pendingLen, n);
                    memberBytes += n;
                    pendingLen += n;
                } else if (inflater.finished()) {
                    bufPos = bufLen - inflater.getRemaining();
                    finishMember();
                    return;
                } else if (inflater.needsInput()) {
                    if (!fill(1)) {
                        endedEarly = new EOFException("the gzip member at byte " + memberStart + " ends early");
                        return;
                    }
                    inflater.setInput(buf, bufPos, bufLen - bufPos);
                    bufPos = bufLen;
                } else {
                    throw new ZipException("gzip member at byte " + memberStart + " cannot be inflated (preset dictionary?)");
                }
            }
        } catch (EOFException trailerCut) {
            // the input ended inside the member's trailer: its data inflated, unchecked; serve it, then fail
            endedEarly = trailerCut;
        } catch (IOException damaged) {
            pendingLen = 0;
            throw damaged;
        }
    }

    /** Reads the next member's header; false at the end of the input or of the range. */
    private boolean startMember() throws IOException {
        if (done) {
            return false;
        }
        long at = bufOffset + bufPos;
        if (at >= end || !fill(1)) {
            done = true;
            return false;
        }
        if (!fill(10)) {
            throw new EOFException("the gzip member at byte " + at + " ends inside its header");
        }
        if (!GzipHeaders.magicAt(buf, bufPos)) {
            throw new ZipException("no gzip member at byte " + at);
        }
        int flags = buf[bufPos + 3] & 0xFF;
        bufPos += 10;
        if ((flags & FEXTRA) != 0) {
            int xlen = u8() | u8() << 8;
            for (int i = 0; i < xlen; i++) {
                u8();
            }
        }
        if ((flags & FNAME) != 0) {
            while (u8() != 0) {
                // name
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (u8() != 0) {
                // comment
            }
        }
        if ((flags & FHCRC) != 0) {
            u8();
            u8();
        }
        memberStart = at;
        members.put(uncompressed, at);
        memberBytes = 0;
        crc.reset();
        inflater.reset();
        inMember = true;
        return true;
    }

    private void finishMember() throws IOException {
        long stored = (long) u8() | (long) u8() << 8 | (long) u8() << 16 | (long) u8() << 24;
        long size = (long) u8() | (long) u8() << 8 | (long) u8() << 16 | (long) u8() << 24;
        if (stored != crc.getValue()) {
            throw new ZipException("CRC-32 mismatch in the gzip member at byte " + memberStart);
        }
        if (size != (memberBytes & 0xFFFFFFFFL)) {
            throw new ZipException("length mismatch in the gzip member at byte " + memberStart);
        }
        inMember = false;
    }

    private int u8() throws IOException {
        if (!fill(1)) {
            throw new EOFException("the gzip member at byte " + memberStart + " ends early");
        }
        return buf[bufPos++] & 0xFF;
    }

    /** Makes at least {@code n} (≤ 16) bytes available at bufPos; false when the input ends first. */
    private boolean fill(int n) throws IOException {
        if (bufLen - bufPos >= n) {
            return true;
        }
        int left = bufLen - bufPos;
        System.arraycopy(buf, bufPos, buf, 0, left);
        bufOffset += bufPos;
        bufPos = 0;
        bufLen = left;
        while (bufLen < n) {
            int r = raw.read(buf, bufLen, buf.length - bufLen);
            if (r < 0) {
                return false;
            }
            bufLen += r;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }
}
