package khabar.core.urdu;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

import khabar.core.text.UrduLetterFolding;

/**
 * The normalized form of Urdu text used for NLP, lookups and matching (never for display: the tables keep
 * the text as written, and this form next to it).
 *
 * <p>Policy, applied char by char in one pass, then Unicode NFC:
 * <table>
 *   <caption>Normalization rules</caption>
 *   <tr><th>input</th><th>output</th><th>why</th></tr>
 *   <tr><td>ي ى ك ه ة ۀ</td><td>ی ی ک ہ ۃ ۂ</td><td>Arabic letters typed for Urdu ones:
 *       {@link UrduLetterFolding#NORMALIZER} (do-chashmi ھ U+06BE is a different letter and stays)</td></tr>
 *   <tr><td>base + U+0653/U+0654/U+0655</td><td>precomposed آ أ إ ؤ ئ ۂ ۓ</td><td>NFC composes ا و ہ ے
 *       with hamza/madda but not ی + U+0654 (NFC's ئ is ي + U+0654); the mark composes with the last kept letter
 *       (diacritics in between are dropped first); elsewhere it is dropped like other marks</td></tr>
 *   <tr><td>٠-٩ U+0660-0669, ۰-۹ U+06F0-06F9</td><td>0-9</td><td>one set of digits for numbers and dates</td></tr>
 *   <tr><td>٫ U+066B, ٬ U+066C, ٪ U+066A</td><td>. , %</td><td>Arabic decimal/thousands separators, percent</td></tr>
 *   <tr><td>tatweel U+0640</td><td>removed</td><td>elongation only</td></tr>
 *   <tr><td>diacritics U+064B-065F (but 0653-0655, above), U+0670 superscript alef, honorifics U+0610-061A,
 *       Quranic marks U+06D6-06ED (marks only), U+08D3-08FF</td><td>removed</td><td>news text writes them
 *       rarely and inconsistently (وسطیٰ / وسطی, امّان / امان): matching must not depend on them</td></tr>
 *   <tr><td>NBSP U+00A0, U+1680, U+2000-200A, U+202F, U+205F, U+3000</td><td>space</td><td></td></tr>
 *   <tr><td>U+2028, U+2029</td><td>newline</td><td></td></tr>
 *   <tr><td>soft hyphen U+00AD, ALM U+061C, U+180E, U+200B-200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A-202E,
 *       U+2060-2064, U+2066-2069, BOM U+FEFF</td><td>removed</td><td>invisible: bidi and joining controls</td></tr>
 *   <tr><td>Arabic presentation forms U+FB50-FDFF, U+FE70-FEFE</td><td>their NFKC letters, normalized</td>
 *       <td>legacy encoders; forms whose NFKC holds a space (ﷺ) stay as they are</td></tr>
 *   <tr><td>everything else</td><td>NFC</td><td>Latin text keeps case; nothing is lower-cased</td></tr>
 * </table>
 *
 * <p>The result can be shorter than the input, so offsets do not carry over; {@link #align(String)} gives the
 * normalized text with a map back to source offsets, and {@link UrduTokenizer} works on the original text and
 * normalizes each token. Text that is already normalized is returned as the same instance without copying.
 * Stateless and thread-safe: the lookup tables are immutable after class initialisation.
 */
public final class UrduNormalizer {
    private static final byte KEEP = 0;
    private static final byte MAP = 1;
    private static final byte DROP_MARK = 2;
    private static final byte DROP_FORMAT = 3;
    private static final byte HAMZA = 4;
    private static final byte NFC = 5;
    private static final byte FOLD = 6;

    private static final int FOLD_FIRST = 0xFB50;
    private static final int FOLD_LAST = 0xFEFE;

    private static final Normalizer2 NFC_NORMALIZER = Normalizer2.getNFCInstance();
    private static final byte[] KIND = new byte[0x10000];
    private static final char[] TARGET = new char[0x10000];
    private static final String[] FOLDS = new String[FOLD_LAST - FOLD_FIRST + 1];

    static {
        for (int c = 0; c < 0x10000; c++) {
            boolean nfcStable = UCharacter.getCombiningClass(c) == 0
                    && UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) == 1;
            KIND[c] = nfcStable && !Character.isSurrogate((char) c) ? KEEP : NFC;
        }
        for (UrduLetterFolding.Letter letter : UrduLetterFolding.NORMALIZER.letters()) {
            map(letter.from(), letter.to());
        }
        for (int d = 0; d < 10; d++) {
            map(0x0660 + d, '0' + d);
            map(0x06F0 + d, '0' + d);
        }
        map(0x066B, '.');
        map(0x066C, ',');
        map(0x066A, '%');
        for (int c : new int[] {0x00A0, 0x1680, 0x202F, 0x205F, 0x3000}) {
            map(c, ' ');
        }
        range(0x2000, 0x200A, MAP);
        for (int c = 0x2000; c <= 0x200A; c++) {
            TARGET[c] = ' ';
        }
        map(0x2028, '\n');
        map(0x2029, '\n');
        for (int c : new int[] {0x00AD, 0x061C, 0x180E, 0xFEFF}) {
            KIND[c] = DROP_FORMAT;
        }
        range(0x200B, 0x200F, DROP_FORMAT);
        range(0x202A, 0x202E, DROP_FORMAT);
        range(0x2060, 0x2064, DROP_FORMAT);
        range(0x2066, 0x2069, DROP_FORMAT);
        KIND[0x0640] = DROP_MARK;
        KIND[0x0670] = DROP_MARK;
        range(0x0610, 0x061A, DROP_MARK);
        range(0x064B, 0x065F, DROP_MARK);
        range(0x06D6, 0x06DC, DROP_MARK);
        range(0x06DF, 0x06E4, DROP_MARK);
        range(0x06E7, 0x06E8, DROP_MARK);
        range(0x06EA, 0x06ED, DROP_MARK);
        range(0x08D3, 0x08FF, DROP_MARK);
        range(0x0653, 0x0655, HAMZA);
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (int c = FOLD_FIRST; c <= FOLD_LAST; c++) {
            String folded = nfkc.normalize(String.valueOf((char) c));
            if (!folded.equals(String.valueOf((char) c)) && folded.indexOf(' ') < 0) {
                FOLDS[c - FOLD_FIRST] = normalize(folded);
                KIND[c] = FOLD;
            }
        }
    }

    private UrduNormalizer() {
    }

    private static void map(int from, int to) {
        KIND[from] = MAP;
        TARGET[from] = (char) to;
    }

    private static void range(int first, int last, byte kind) {
        for (int c = first; c <= last; c++) {
            KIND[c] = kind;
        }
    }

    /**
     * Normalizes a string (see the class comment for the rules).
     *
     * @param s any text, or null
     * @return the normalized text, {@code s} itself when nothing changes, null for null
     */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && KIND[c] != KEEP) {
                Output out = new Output(n, false);
                out.sb.append(s, 0, i);
                return run(s, i, n, out).sb.toString();
            }
        }
        return s;
    }

    /**
     * Normalizes a string and keeps, for every normalized char, where it came from in {@code s}: use it to
     * match on normalized text (gazetteers, aliases) and report the original offsets.
     */
    public static NormalizedText align(String s) {
        int n = s.length();
        Output out = new Output(n, true);
        run(s, 0, n, out);
        return new NormalizedText(s, out.sb.toString(), out.begins, out.ends, out.sb.length());
    }

    /** True when {@code c} is removed by normalization wherever it stands (marks, tatweel, invisible controls). */
    public static boolean isRemoved(char c) {
        byte k = KIND[c];
        return k == DROP_MARK || k == DROP_FORMAT;
    }

    private static Output run(String s, int from, int to, Output out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (KIND[c]) {
                case KEEP -> out.add(c, i, i + 1);
                case MAP -> out.add(TARGET[c], i, i + 1);
                case DROP_MARK -> out.extendLast(i + 1);
                case DROP_FORMAT -> { }
                case HAMZA -> {
                    int last = out.sb.length() - 1;
                    char composed = last >= 0 ? composeHamza(out.sb.charAt(last), c) : 0;
                    if (composed != 0) {
                        out.sb.setCharAt(last, composed);
                    }
                    out.extendLast(i + 1);
                }
                case FOLD -> {
                    String f = FOLDS[c - FOLD_FIRST];
                    for (int k = 0; k < f.length(); k++) {
                        out.add(f.charAt(k), i, i + 1);
                    }
                }
                default -> {
                    out.add(c, i, i + 1);
                    out.needsNfc = true;
                }
            }
        }
        if (out.needsNfc) {
            out.composeNfc(NFC_NORMALIZER);
        }
        return out;
    }

    /** The precomposed letter for {@code base} + madda/hamza mark, or 0 when there is none. */
    private static char composeHamza(char base, char mark) {
        return switch (mark) {
            case '\u0653' -> base == '\u0627' ? '\u0622' : 0;
            case '\u0654' -> switch (base) {
                case '\u0627' -> '\u0623';
                case '\u0648' -> '\u0624';
                case '\u06CC' -> '\u0626';
                case '\u06C1' -> '\u06C2';
                case '\u06D2' -> '\u06D3';
                default -> 0;
            };
            case '\u0655' -> base == '\u0627' ? '\u0625' : 0;
            default -> 0;
        };
    }

    /** The normalized chars being built, with their source spans when aligning. */
    private static final class Output {
        StringBuilder sb;
        final boolean track;
        int[] begins;
        int[] ends;
        boolean needsNfc;

        Output(int capacity, boolean track) {
            this.sb = new StringBuilder(capacity);
            this.track = track;
            if (track) {
                begins = new int[Math.max(capacity, 4)];
                ends = new int[begins.length];
            }
        }

        void add(char c, int begin, int end) {
            if (track) {
                int k = sb.length();
                if (k == begins.length) {
                    begins = java.util.Arrays.copyOf(begins, k * 2);
                    ends = java.util.Arrays.copyOf(ends, k * 2);
                }
                begins[k] = begin;
                ends[k] = end;
            }
            sb.append(c);
        }

        void extendLast(int end) {
            if (track && sb.length() > 0) {
                ends[sb.length() - 1] = end;
            }
        }

        /** NFC, segment by segment (between normalization boundaries) so that source spans stay known. */
        void composeNfc(Normalizer2 nfc) {
            if (!track) {
                sb = new StringBuilder(nfc.normalize(sb));
                return;
            }
            String text = sb.toString();
            int[] oldBegins = begins;
            int[] oldEnds = ends;
            sb = new StringBuilder(text.length());
            begins = new int[Math.max(text.length(), 4)];
            ends = new int[begins.length];
            int start = 0;
            while (start < text.length()) {
                int next = start + Character.charCount(text.codePointAt(start));
                while (next < text.length() && !nfc.hasBoundaryBefore(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                String segment = nfc.normalize(text.substring(start, next));
                for (int k = 0; k < segment.length(); k++) {
                    add(segment.charAt(k), oldBegins[start], oldEnds[next - 1]);
                }
                start = next;
            }
        }
    }
}
