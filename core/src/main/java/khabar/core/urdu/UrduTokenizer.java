package khabar.core.urdu;

import static khabar.core.urdu.CharClass.ARABIC;
import static khabar.core.urdu.CharClass.DIGIT;
import static khabar.core.urdu.CharClass.FORMAT;
import static khabar.core.urdu.CharClass.LETTER;
import static khabar.core.urdu.CharClass.MARK;
import static khabar.core.urdu.CharClass.PUNCT;
import static khabar.core.urdu.CharClass.SPACE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import khabar.core.text.Token;

/**
 * Splits Urdu text (and the Latin words, numbers and URLs in it) into tokens, in one pass over the chars of the
 * original text. Every token reports UTF-16 offsets into that text ({@code text.substring(begin, end)} is its
 * text) and its {@link UrduNormalizer#normalize normalized} form.
 *
 * <p>Rules:
 * <ul>
 *   <li>Whitespace (NBSP, thin spaces and ZWSP included) separates tokens. Invisible controls (ZWNJ, ZWJ, bidi
 *       marks, BOM) stay inside a word ({@code نو‌آبادیاتی} is one token) but never start or end a token.</li>
 *   <li>A word is a run of letters, combining marks and digits of one script: Arabic-script letters and Latin
 *       letters next to each other ({@code AFPکے}) are two tokens; digits join either ({@code 16ویں},
 *       {@code 2024ء}, {@code F16}).</li>
 *   <li>Inside a word stay: {@code . , / : - ٫ ٬} between two digits (2,500 3.5 16/07/2024 10:30 ۲٫۵);
 *       a hyphen between letters or digits (COVID-19); an apostrophe between Latin letters (don't); the dots
 *       of Latin initialisms (U.S. e.g.); {@code ۔} or {@code .} between Urdu spellings of Latin letters
 *       (ایم۔کیو۔ایم).</li>
 *   <li>URLs (scheme:// or www.), e-mail addresses and domain names (dawn.com) are one token.</li>
 *   <li>Any other char is a token of its own: ۔ ، ؟ ؛ ! . , : ; quotes " “ ” ‘ ’ « », brackets, dashes
 *       – —, symbols. Runs of one of {@code . ! ? ؟ ۔ - … _ = *} make one token (..., !!, ؟؟).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class UrduTokenizer {
    /** How Urdu spells the Latin letters, normalized: the parts of initialisms written with ۔ (پی۔ٹی۔آئی). */
    private static final Set<String> LETTER_NAMES = Set.of("اے", "بی", "سی", "ڈی", "ای", "ایف", "جی", "ایچ",
            "آئی", "جے", "کے", "ایل", "ایم", "این", "او", "پی", "کیو", "آر", "ایس", "ٹی", "یو", "وی", "ڈبلیو",
            "ایکس", "وائی", "زیڈ", "زیڈی", "زی");
    private static final String REPEATABLE = ".!?؟۔-…_=*";

    /** Whether a normalized word is how Urdu spells a Latin letter ({@code اے}, {@code بی}, {@code سی} …). */
    public static boolean isLetterName(String normalized) {
        return LETTER_NAMES.contains(normalized);
    }

    /** Creates a tokenizer; it holds no state, one instance can serve all threads. */
    public UrduTokenizer() {
    }

    /**
     * Tokenizes {@code text}.
     *
     * @return the tokens in text order; empty for blank text
     */
    public List<Token> tokenize(String text) {
        int n = text.length();
        List<Token> out = new ArrayList<>(n / 5 + 4);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            byte k = CharClass.of(c);
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                k = CharClass.ofCodePoint(text.codePointAt(i));
                width = 2;
            }
            int end;
            if (k == SPACE || k == FORMAT) {
                i += width;
                continue;
            } else if (k == PUNCT) {
                end = punctEnd(text, i, width);
            } else {
                end = CharClass.isAsciiAlnum(c) ? LatinSpans.end(text, i) : -1;
                if (end < 0) {
                    end = wordEnd(text, i);
                }
            }
            String t = text.substring(i, end);
            out.add(new Token(t, UrduNormalizer.normalize(t), i, end));
            i = end;
        }
        return out;
    }

    private static int punctEnd(String text, int i, int width) {
        char c = text.charAt(i);
        if (width == 1 && REPEATABLE.indexOf(c) >= 0) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) == c) {
                j++;
            }
            return j;
        }
        return i + width;
    }

    /** End of the word starting at {@code start}: one past its last letter, mark, digit or inner punctuation. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int j = start;
        int end = start;
        int segment = start;
        byte script = 0;
        boolean initialism = false;
        while (j < n) {
            char c = text.charAt(j);
            byte k = CharClass.of(c);
            int width = 1;
            if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(text.charAt(j + 1))) {
                k = CharClass.ofCodePoint(text.codePointAt(j));
                width = 2;
            }
            if (k == ARABIC || k == LETTER) {
                if (script != 0 && script != k) {
                    break;
                }
                script = k;
            } else if (k == FORMAT) {
                j += width;
                continue;
            } else if (k == PUNCT) {
                if (j != end) {
                    break;
                }
                if (isInitialismDot(text, j, segment, script, initialism)) {
                    initialism = true;
                } else if (!isInnerPunct(text, j, script) && !isLetterNameDot(text, j, segment, script)) {
                    break;
                }
                if (c == '.' || c == '۔') {
                    segment = j + 1;
                }
            } else if (k != MARK && k != DIGIT) {
                break;
            }
            j += width;
            end = j;
            if (initialism && c == '.' && (j >= n || CharClass.of(text.charAt(j)) != LETTER)) {
                break;
            }
        }
        return end;
    }

    /** Number separators between digits, hyphens between letters or digits, apostrophes in Latin words. */
    private static boolean isInnerPunct(String text, int j, byte script) {
        if (j + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        byte prev = CharClass.of(text.charAt(j - 1));
        byte next = CharClass.of(text.charAt(j + 1));
        return switch (c) {
            case '.', ',', '/', ':', '\u066B', '\u066C' -> prev == DIGIT && next == DIGIT;
            case '-', '\u2010', '\u2011' -> (prev == DIGIT || prev == ARABIC || prev == LETTER || prev == MARK)
                    && (next == DIGIT || next == ARABIC || next == LETTER);
            case '\'', '\u2019' -> script == LETTER && prev == LETTER && next == LETTER;
            default -> false;
        };
    }

    /**
     * A dot after a single Latin letter that starts or follows another such dot: U.S. e.g. U.N; the last dot of
     * an initialism is taken as well (U.S. keeps its final dot), a lone initial's dot is not (J. stays J + .).
     */
    private static boolean isInitialismDot(String text, int j, int segment, byte script, boolean initialism) {
        if (text.charAt(j) != '.' || script != LETTER || j - segment != 1
                || CharClass.of(text.charAt(j - 1)) != LETTER) {
            return false;
        }
        int n = text.length();
        boolean nextLetter = j + 1 < n && CharClass.of(text.charAt(j + 1)) == LETTER;
        if (!nextLetter) {
            return initialism;
        }
        return j + 2 >= n || CharClass.of(text.charAt(j + 2)) != LETTER;
    }

    /** ۔ or . between two Urdu spellings of Latin letters (ایم۔کیو۔ایم), not a missing space (ہے۔اس). */
    private static boolean isLetterNameDot(String text, int j, int segment, byte script) {
        char c = text.charAt(j);
        if ((c != '۔' && c != '.') || script != ARABIC) {
            return false;
        }
        int n = text.length();
        int after = j + 1;
        while (after < n) {
            byte k = CharClass.of(text.charAt(after));
            if (k != ARABIC && k != MARK && k != FORMAT) {
                break;
            }
            after++;
        }
        return after > j + 1
                && LETTER_NAMES.contains(UrduNormalizer.normalize(text.substring(segment, j)))
                && LETTER_NAMES.contains(UrduNormalizer.normalize(text.substring(j + 1, after)));
    }
}
