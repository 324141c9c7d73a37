package khabar.core.link;

import khabar.core.text.UrduLetterFolding;
import khabar.core.urdu.UrduNormalizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns names and tokens into the normalized pieces the gazetteer is keyed on. The same function is
 * applied to the gazetteer's names and to the text being matched, so both sides always agree.
 *
 * <ul>
 *   <li>Arabic-script text goes through {@link UrduNormalizer} (ي ك ه → ی ک ہ, no diacritics, no
 *       tatweel or zero-width marks, digits folded, NFC); izafat ۂ becomes ہ.</li>
 *   <li>Pieces are split at white space, dashes, brackets, quotes and other punctuation; full stops and
 *       apostrophes are dropped inside a piece ({@code U.S.} → {@code US}); an English possessive
 *       {@code 's} is dropped; {@code &} becomes {@code and}.</li>
 *   <li>A piece of 2–4 ASCII capitals is an acronym and keeps its case ({@code US}, {@code UK}), so that
 *       the pronoun "us" never matches; any other piece is lower-cased, and marks on Latin, Greek and
 *       Cyrillic letters are removed ({@code Türkiye} → {@code turkiye}).</li>
 * </ul>
 */
final class LinkKeys {
    /** The Arabic definite article as it is written at the start of a word. */
    static final String ARTICLE = "\u0627\u0644";

    private LinkKeys() {
    }

    /** The normalized pieces of a name, a mention or a token; empty for punctuation. */
    static List<String> pieces(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // izafat ۂ is written or left out at will (برطانیۂ عظمیٰ / برطانیہ عظمی): keys use plain ہ
        String s = hasArabicScript(text) ? UrduLetterFolding.LINK_KEYS.fold(UrduNormalizer.normalize(text)) : text;
        int n = s.length();
        if (isPlainWord(s)) {
            return List.of(key(s));
        }
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isDropped(cp)) {
                if (isApostrophe(cp) && cur.length() > 0 && i < n && (s.charAt(i) == 's' || s.charAt(i) == 'S')
                        && (i + 1 == n || isSeparator(s.codePointAt(i + 1)))) {
                    i++; // possessive 's
                }
                continue;
            }
            if (isSeparator(cp)) {
                flush(cur, out);
                if (cp == '&') {
                    out.add("and");
                }
                continue;
            }
            cur.appendCodePoint(cp);
        }
        flush(cur, out);
        return out;
    }

    /** The lower-case form of an acronym piece ({@code US} → {@code us}), or null for other pieces. */
    static String lowerAlternative(String piece) {
        return isAcronym(piece) ? piece.toLowerCase(Locale.ROOT) : null;
    }

    /** The piece without a leading Arabic article ({@code الانبار} → {@code انبار}), or null. */
    static String withoutArticle(String piece) {
        return piece.startsWith(ARTICLE) && piece.length() >= ARTICLE.length() + 3
                ? piece.substring(ARTICLE.length()) : null;
    }

    /** True when the token is only full stops, dashes or apostrophes: it may sit inside a name. */
    static boolean isJoiner(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        return token.codePoints().allMatch(cp -> isDropped(cp) || Character.getType(cp) == Character.DASH_PUNCTUATION);
    }

    /** True when the first letter of the text is a lower-case letter (of a cased script). */
    static boolean startsLowerCase(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.isLowerCase(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean hasArabicScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFEFC')) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() == 0) {
            return;
        }
        String p = cur.toString();
        cur.setLength(0);
        out.add(key(p));
    }

    private static String key(String p) {
        return isAcronym(p) ? p : fold(p);
    }

    /** True for a word without separators or dropped marks: the common case, one piece. */
    private static boolean isPlainWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || isDropped(c) || (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK)) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isAcronym(String p) {
        if (p.length() < 2 || p.length() > 4) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static String fold(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        if (!hasFoldableLetter(lower)) {
            return lower;
        }
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (!(c >= '\u0300' && c <= '\u036F')) {
                b.append(c);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /**
     * True when the piece has an accented Latin, Greek or Cyrillic letter and no letter of a script whose
     * marks carry meaning (Devanagari vowel signs stay): only then are marks removed.
     */
    private static boolean hasFoldableLetter(String s) {
        boolean foldable = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u00C0') {
                continue;
            }
            if (c <= '\u052F' || (c >= '\u1E00' && c <= '\u1FFF')) {
                foldable = true; // Latin-1 to Cyrillic Supplement, Latin Extended Additional, Greek Extended
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                return false;
            }
        }
        return foldable;
    }

    private static boolean isDropped(int cp) {
        return cp == '.' || isApostrophe(cp) || cp == '`' || cp == '\u00B4'
                || Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC';
    }

    private static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '&') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CONTROL -> true;
            default -> false;
        };
    }
}
