package khabar.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns UTF-16 content with a byte-order mark into UTF-8 bytes, so that every reader after it sees an
 * ASCII-compatible stream. Malformed UTF-16 fails the read with a {@link java.nio.charset.CharacterCodingException}
 * (an INVALID_ENCODING reject).
 */
final class Utf16 {
    private Utf16() {
    }

    /** The UTF-16 charset that a byte-order mark of first bytes {@code x}, {@code y} names, or null. */
    private static Charset bomCharset(int x, int y) {
        return x == 0xFF && y == 0xFE ? StandardCharsets.UTF_16LE : x == 0xFE && y == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    /** Whether {@code head} begins with a UTF-16 byte-order mark. */
    static boolean startsWithBom(byte[] head) {
        return head.length >= 2 && bomCharset(head[0] & 0xFF, head[1] & 0xFF) != null;
    }

    /** Whether {@code b} begins with a UTF-16 byte-order mark (it stays where it was). */
    static boolean startsWithBom(BufferedInputStream b) throws IOException {
        b.mark(2);
        int x = b.read();
        int y = b.read();
        b.reset();
        return bomCharset(x, y) != null;
    }

    /** {@code in} itself (buffered) unless it starts with a UTF-16 byte-order mark; then UTF-8 without the mark. */
    static BufferedInputStream toUtf8(InputStream in) throws IOException {
        BufferedInputStream b = in instanceof BufferedInputStream bi ? bi : new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int x = b.read();
        int y = b.read();
        b.reset();
        Charset cs = bomCharset(x, y);
        if (cs == null) {
            return b;
        }
        b.skipNBytes(2);
        Reader reader = new InputStreamReader(b, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new BufferedInputStream(new Transcoding(reader), 1 << 16);
    }

    /** Chars of a reader as UTF-8 bytes; a surrogate pair split across reads is kept whole. */
    private static final class Transcoding extends InputStream {
        private final Reader reader;
        private final char[] chars = new char[8192];
        private int carried;
        private byte[] pending = new byte[0];
        private int pos;
        private boolean eof;

        Transcoding(Reader reader) {
            this.reader = reader;
        }

        private boolean fill() throws IOException {
            while (pos >= pending.length) {
                if (eof) {
                    return false;
                }
                int n = reader.read(chars, carried, chars.length - carried);
                if (n < 0) {
                    eof = true;
                    n = 0;
                }
                int total = carried + n;
                int usable = !eof && total > 0 && Character.isHighSurrogate(chars[total - 1]) ? total - 1 : total;
                pending = new String(chars, 0, usable).getBytes(StandardCharsets.UTF_8);
                pos = 0;
                carried = total - usable;
                if (carried > 0) {
                    chars[0] = chars[total - 1];
                }
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? pending[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, pending.length - pos);
            System.arraycopy(pending, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
