package khabar.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Finds the first gzip member that starts inside a byte range of a multi-member gzip file, without
 * reading the file from its start: scans from the range's start for a plausible member header
 * ({@link GzipHeaders}) and trusts a candidate only when the member found there inflates without error,
 * its CRC-32 and length match, its uncompressed bytes begin with what a record of the format begins with
 * ({@code WARC/}), and it is followed by another member header or the end of the file. A member that the
 * end of the file cuts short (the last member of a truncated file) is trusted on its first bytes when the
 * members before it lead to it ({@link #reachedByChain}).
 * Bytes that look like a header inside compressed data (by chance, or a gzip-encoded HTTP body stored
 * verbatim in a deflate block) fail one of these checks.
 */
final class GzipMemberSync {
    /** A candidate whose member inflates past this many bytes is trusted on its checks so far. */
    static final long MAX_CONFIRM_BYTES = 64L << 20;
    /** How far before a candidate cut short by the end of the file its predecessors are looked for. */
    static final long LOOK_BACK = 1L << 20;

    private GzipMemberSync() {
    }

    /**
     * The file offset of the first confirmed member starting in {@code [start, end)}, or -1 when none
     * does (the range owns no member).
     */
    static long firstMember(PositionedFile file, long start, long end, byte[] recordStart) throws IOException {
        byte[] buf = new byte[1 << 16];
        int len = 0;
        long bufOffset = start;
        try (InputStream in = file.openAt(start)) {
            while (true) {
                int r = in.read(buf, len, buf.length - len);
                boolean eof = r < 0;
                if (!eof) {
                    len += r;
                }
                int last = len - GzipHeaders.CHECKED;
                for (int i = 0; i <= last; i++) {
                    long at = bufOffset + i;
                    if (at >= end) {
                        return -1;
                    }
                    if (GzipHeaders.plausibleAt(buf, i) && confirmed(file, at, recordStart)) {
                        return at;
                    }
                }
                if (eof) {
                    return -1;
                }
                int keep = Math.min(len, GzipHeaders.CHECKED - 1);
                System.arraycopy(buf, len - keep, buf, 0, keep);
                bufOffset += len - keep;
                len = keep;
            }
        }
    }

    /**
     * Whether the members before {@code at}, a candidate that the end of the file cuts short, lead to it:
     * from the first confirmed member up to {@link #LOOK_BACK} bytes before it, member after member. When
     * they step over it, it lies inside the (truncated) member before (say a gzipped WARC record stored
     * verbatim in a response). With no member in that window there is nothing to tell, and it is trusted.
     */
    private static boolean reachedByChain(PositionedFile file, long at, byte[] recordStart) throws IOException {
        long before = firstMember(file, Math.max(0, at - LOOK_BACK), at, recordStart);
        if (before < 0) {
            return true;
        }
        try (GzipMemberStream chain = new GzipMemberStream(file.openAt(before), before, at)) {
            chain.transferTo(java.io.OutputStream.nullOutputStream());
            return chain.position() == at;
        } catch (EOFException steppedOver) {
            return false;
        }
    }

    /** Whether a real member starts at {@code at} (see the class comment). */
    static boolean confirmed(PositionedFile file, long at, byte[] recordStart) throws IOException {
        try (GzipMemberStream member = new GzipMemberStream(file.openAt(at), at, at + 1)) {
            byte[] head = new byte[recordStart.length];
            int got = 0;
            try {
                while (got < head.length) {
                    int n = member.read(head, got, head.length - got);
                    if (n < 0) {
                        return false;
                    }
                    got += n;
                }
            } catch (EOFException cutShort) {
                return Arrays.equals(head, 0, got, recordStart, 0, got) && reachedByChain(file, at, recordStart);
            }
            if (!Arrays.equals(head, recordStart)) {
                return false;
            }
            byte[] rest = new byte[1 << 16];
            long total = got;
            try {
                for (int n; (n = member.read(rest)) >= 0; ) {
                    total += n;
                    if (total > MAX_CONFIRM_BYTES) {
                        return true;
                    }
                }
            } catch (EOFException cutShort) {
                return reachedByChain(file, at, recordStart);
            }
            return member.atInputEnd() || member.followedByMember();
        } catch (java.util.zip.ZipException notAMember) {
            return false;
        }
    }
}
