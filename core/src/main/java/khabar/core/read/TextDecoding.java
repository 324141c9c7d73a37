package khabar.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import khabar.core.text.UrduLetterFolding;

/**
 * Turns the bytes of a text, an SGML document or an HTML page into a string, or says why it cannot.
 * The order, first match wins:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE): that encoding, strictly;</li>
 *   <li>strict UTF-8 (legacy text is practically never valid UTF-8, while pages declared ISO-8859-1
 *   often are UTF-8);</li>
 *   <li>bytes that are mostly valid UTF-8 ({@value #DAMAGED_UTF8_SHARE} of their non-ASCII sequences or
 *   more) are damaged UTF-8, not a legacy code page: rejected, never guessed;</li>
 *   <li>a declared charset (HTTP {@code Content-Type}, HTML {@code <meta charset>}), when Java knows it
 *   and the bytes decode without error or control characters in it;</li>
 *   <li>otherwise ICU4J's {@link CharsetDetector}: its candidates with confidence ≥
 *   {@value #MIN_CONFIDENCE} are tried best first, and the first one is trusted that decodes every
 *   byte (no unmappable bytes), gives no control characters, and reads as text of one script (see
 *   {@link #plausible}). ICU's confidence alone is not trusted: on Urdu in Windows-1256 it ranks
 *   ISO-8859-6 and Windows-1255 above Windows-1256, and both fail these checks.</li>
 * </ol>
 * UTF-16 and UTF-32 are trusted only with a byte-order mark. Nothing trusted → INVALID_ENCODING.
 */
public final class TextDecoding {
    /** ICU confidences run 0..100; Windows-1256 Urdu scores 13–20, Latin-1 French 88. */
    static final int MIN_CONFIDENCE = 10;
    /**
     * Share of valid multi-byte sequences from which bytes are taken for damaged UTF-8. Legacy text
     * forms valid UTF-8 sequences only by chance: 2% of the non-ASCII sequences of Windows-1256 Urdu,
     * none in Arabic or Latin-1 French (measured on the test sentences).
     */
    static final double DAMAGED_UTF8_SHARE = 0.5;
    /** A Latin-script decoding with more non-ASCII letters than this share is mojibake. */
    private static final double MAX_LATIN_NON_ASCII = 0.3;
    /** Share of letters that must belong to the text's main script (Latin counted with Common). */
    private static final double MIN_MAIN_SCRIPT = 0.85;

    private TextDecoding() {
    }

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, String charset) {
    }

    /** Thrown when no encoding is trusted; the message says why (it goes into the reject). */
    public static final class Undecodable extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String why;

        Undecodable(String why) {
            this.why = why;
        }

        @Override
        public String getMessage() {
            return why;
        }
    }

    /**
     * Decodes {@code bytes}; {@code declared} is a charset name from the container (may be null or
     * unknown, then it is ignored).
     */
    public static Decoded decode(byte[] bytes, String declared) throws Undecodable {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            String s = strict(bytes, skip, bom);
            if (s == null) {
                throw new Undecodable("bytes after the " + bom.name() + " byte-order mark are not valid " + bom.name());
            }
            return new Decoded(s, bom.name());
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        double share = validUtf8Share(bytes);
        if (share >= DAMAGED_UTF8_SHARE) {
            throw new Undecodable(String.format("damaged UTF-8: %.0f%% of the non-ASCII sequences are valid UTF-8, "
                    + "the others are not", 100 * share));
        }
        Charset hinted = charset(declared);
        if (hinted != null) {
            String s = strict(bytes, 0, hinted);
            if (s != null && !hasControls(s)) {
                return new Decoded(urduYeh(s, hinted), hinted.name());
            }
        }
        return detect(bytes);
    }

    private static Decoded detect(byte[] bytes) throws Undecodable {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        StringBuilder tried = new StringBuilder();
        for (CharsetMatch m : matches) {
            if (m.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            String name = m.getName();
            if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.equals("UTF-8")) {
                continue;
            }
            Charset cs = charset(name);
            tried.append(tried.isEmpty() ? "" : ", ").append(name).append('=').append(m.getConfidence());
            String s = cs == null ? null : strict(bytes, 0, cs);
            if (s != null && !hasControls(s) && plausible(s)) {
                return new Decoded(urduYeh(s, cs), cs.name());
            }
        }
        throw new Undecodable("not UTF-8, and no legacy encoding is trusted"
                + (tried.isEmpty() ? " (no candidate with confidence >= " + MIN_CONFIDENCE + ")"
                        : " (tried " + tried + ")"));
    }

    /**
     * Whether decoded text reads as text of one script: letters of the main script are at least
     * {@value #MIN_MAIN_SCRIPT} of all letters, combining marks at most a fifth of the letters, and a
     * Latin text has at most {@value #MAX_LATIN_NON_ASCII} non-ASCII letters (Arabic read as Windows-1252
     * is all accented Latin letters).
     */
    static boolean plausible(String s) {
        int letters = 0;
        int marks = 0;
        int nonAsciiLatin = 0;
        int[] perScript = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = UCharacter.getType(cp);
            if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK) {
                marks++;
            } else if (UCharacter.isLetter(cp)) {
                letters++;
                int script = UScript.getScript(cp);
                perScript[script]++;
                if (script == UScript.LATIN && cp > 0x7F) {
                    nonAsciiLatin++;
                }
            }
        }
        if (letters == 0) {
            return false;
        }
        int main = 0;
        int mainScript = 0;
        for (int sc = 0; sc < perScript.length; sc++) {
            if (perScript[sc] > main) {
                main = perScript[sc];
                mainScript = sc;
            }
        }
        if (main < MIN_MAIN_SCRIPT * letters || marks > letters / 5) {
            return false;
        }
        return mainScript != UScript.LATIN || nonAsciiLatin <= MAX_LATIN_NON_ASCII * main;
    }

    /**
     * Windows-1256 has no Urdu ی (U+06CC): Urdu typed in it uses Arabic ي (U+064A) and ى (U+0649). In a
     * text that has Urdu-only letters (ٹ ڈ ڑ ں ے ہ ھ), those become ی, so the text comes out as Urdu
     * is written ({@link UrduLetterFolding#WINDOWS_1256_YEH}); Arabic text (without those letters) is left as it is.
     */
    static String urduYeh(String s, Charset cs) {
        if (!cs.name().equalsIgnoreCase("windows-1256") || !s.matches("(?s).*[\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE].*")) {
            return s;
        }
        return UrduLetterFolding.WINDOWS_1256_YEH.fold(s);
    }

    /** Whether {@code s} holds control characters other than tab, newlines and form feed (binary data). */
    static boolean hasControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    /** The charset of a leading byte-order mark, or null. */
    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset named {@code name}, or null when the name is blank or unknown to Java. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** {@code bytes} from {@code offset} decoded with {@code cs}, or null on any malformed or unmappable byte. */
    static String strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Among the non-ASCII byte sequences, the share that are well-formed UTF-8 (1.0 when there are none). */
    static double validUtf8Share(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid + invalid == 0 ? 1.0 : (double) valid / (valid + invalid);
    }
}
