package khabar.core.read;

/**
 * What a gzip member header (RFC 1952) looks like, for finding member starts by their bytes: the magic
 * {@code 1f 8b}, method 8 (deflate), no reserved flag bits, extra flags 0, 2 or 4, and a known operating
 * system byte (0–13 or 255). Inside compressed data such bytes occur by chance about once in several
 * gigabytes; a candidate is still only trusted once inflated ({@link GzipMemberSync}).
 */
final class GzipHeaders {
    /** Bytes a plausible header check looks at. */
    static final int CHECKED = 10;

    private GzipHeaders() {
    }

    /** {@code 1f 8b 08} at {@code off}; three bytes must be there. */
    static boolean magicAt(byte[] b, int off) {
        return b[off] == 0x1f && (b[off + 1] & 0xFF) == 0x8b && b[off + 2] == 8;
    }

    /** A plausible member header at {@code off}; {@link #CHECKED} bytes must be there. */
    static boolean plausibleAt(byte[] b, int off) {
        if (!magicAt(b, off) || (b[off + 3] & 0xE0) != 0) {
            return false;
        }
        int xfl = b[off + 8] & 0xFF;
        int os = b[off + 9] & 0xFF;
        return (xfl == 0 || xfl == 2 || xfl == 4) && (os <= 13 || os == 255);
    }
}
