package khabar.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 and refuses malformed input instead of replacing it silently. */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** Decodes {@code bytes}, dropping a leading BOM; throws on any malformed sequence. */
    static String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s = decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** The bytes as text for a reject sample: invalid sequences replaced, never thrown. */
    static String lenient(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, Math.min(length, 4 * Reject.SAMPLE_CHARS), StandardCharsets.UTF_8);
    }
}
