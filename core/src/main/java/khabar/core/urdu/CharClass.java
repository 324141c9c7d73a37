package khabar.core.urdu;

/**
 * What a char is to the Urdu tokenizer: one immutable table lookup per BMP char, {@link Character} for the rest.
 */
final class CharClass {
    /** Whitespace (NBSP, thin spaces, line/paragraph separators, ZWSP) and control chars: separate tokens. */
    static final byte SPACE = 0;
    /** Invisible controls (ZWNJ, ZWJ, bidi marks, BOM, soft hyphen): kept inside a word, never a token alone. */
    static final byte FORMAT = 1;
    /** Letters of the Arabic script, tatweel included. */
    static final byte ARABIC = 2;
    /** Letters of other scripts (Latin first of all). */
    static final byte LETTER = 3;
    /** Combining marks (diacritics): belong to the letter before them. */
    static final byte MARK = 4;
    /** Decimal digits of any script (ASCII, ٠-٩, ۰-۹, ...). */
    static final byte DIGIT = 5;
    /** Everything else: punctuation and symbols, tokens of their own. */
    static final byte PUNCT = 6;

    private static final byte[] TABLE = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            TABLE[c] = classify(c);
        }
    }

    private CharClass() {
    }

    /** The class of a BMP char; surrogates are {@link #PUNCT} here, see {@link #ofCodePoint}. */
    static byte of(char c) {
        return TABLE[c];
    }

    /** The class of any code point. */
    static byte ofCodePoint(int cp) {
        return cp < 0x10000 ? TABLE[cp] : classify(cp);
    }

    /** True for letters of the Arabic script blocks (Arabic, Supplement, Extended-A, presentation forms). */
    static boolean isArabicScript(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static byte classify(int cp) {
        if (cp == 0x200B || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.CONTROL) {
            return SPACE;
        }
        if (cp == 0x00AD || cp == 0x061C || cp == 0x180E || cp == 0xFEFF || (cp >= 0x200C && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x2069)) {
            return FORMAT;
        }
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return MARK;
        }
        if (Character.isLetter(cp)) {
            return isArabicScript(cp) ? ARABIC : LETTER;
        }
        return PUNCT;
    }
}
