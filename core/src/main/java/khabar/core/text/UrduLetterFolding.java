package khabar.core.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one table of letters that Urdu text folds into Urdu letters, and the named subsets of it that each part of
 * the job applies. Each mapping is written once, as a {@link Letter}; each user names the subset it folds with, so
 * what each one does is visible side by side here.
 *
 * <table>
 *   <caption>The mappings</caption>
 *   <tr><th>letter</th><th>from</th><th>to</th><th>why</th></tr>
 *   <tr><td>{@link Letter#ARABIC_YEH}</td><td>ي U+064A</td><td>ی U+06CC</td><td>Arabic yeh, typed on Arabic
 *       keyboards and in Windows-1256, which has no Urdu ی</td></tr>
 *   <tr><td>{@link Letter#ALEF_MAKSURA}</td><td>ى U+0649</td><td>ی U+06CC</td><td>Arabic alef maksura, the
 *       other Arabic-keyboard stand-in for ی</td></tr>
 *   <tr><td>{@link Letter#ARABIC_KAF}</td><td>ك U+0643</td><td>ک U+06A9</td><td>Arabic kaf</td></tr>
 *   <tr><td>{@link Letter#ARABIC_HEH}</td><td>ه U+0647</td><td>ہ U+06C1</td><td>Arabic heh; do-chashmi ھ U+06BE
 *       is a different letter and is never folded</td></tr>
 *   <tr><td>{@link Letter#TEH_MARBUTA}</td><td>ة U+0629</td><td>ۃ U+06C3</td><td>Arabic teh marbuta</td></tr>
 *   <tr><td>{@link Letter#HEH_WITH_YEH}</td><td>ۀ U+06C0</td><td>ۂ U+06C2</td><td>Persian heh with yeh; the Urdu
 *       izafat form is ۂ</td></tr>
 *   <tr><td>{@link Letter#IZAFAT_HEH}</td><td>ۂ U+06C2</td><td>ہ U+06C1</td><td>Urdu to Urdu: izafat ۂ is written
 *       or left out at will (برطانیۂ / برطانیہ); only lookup keys drop it</td></tr>
 * </table>
 *
 * <p>The subsets, and who applies them:
 * <ul>
 *   <li>{@link #NORMALIZER}: the six Arabic-to-Urdu letters, in {@code khabar.core.urdu.UrduNormalizer} (so in
 *       every Urdu token, the Urdu CRF's features, gazetteers, link keys, {@link TextReuse} and the story
 *       clusters).</li>
 *   <li>{@link #WINDOWS_1256_YEH}: ي ى only, in {@code khabar.core.read.TextDecoding} on text decoded from
 *       Windows-1256 that shows Urdu-only letters. Deliberate: Windows-1256 has Urdu ک and ہ but no ی, so only
 *       the yeh was typed with Arabic letters; the text keeps the rest as written (tables hold the text as
 *       written).</li>
 *   <li>{@link #NEAR_DUPLICATE_WORDS}: ي ك only, in the near-duplicate words of the nightly job
 *       ({@code khabar.jobs.nightly.MinHashBands#words}, after NFKC and lower case).</li>
 *   <li>{@link #LINK_KEYS}: izafat ۂ, in {@code khabar.core.link.LinkKeys} after {@link #NORMALIZER}'s
 *       normalization.</li>
 * </ul>
 *
 * <p>Known difference, kept on purpose for now: {@link #NEAR_DUPLICATE_WORDS} folds two of the six letters that
 * {@link #NORMALIZER} folds, for no stated reason. Two copies of a story that differ only in ى/ی, ه/ہ, ة/ۃ or
 * ۀ/ۂ are the same text for {@link TextReuse} and the story clusters but different words for the near-duplicate
 * MinHash. Folding all six there would change which articles are marked {@code duplicate_of}, so it needs its
 * own change with before/after duplicate counts.
 *
 * <p>Immutable and thread-safe.
 */
public final class UrduLetterFolding {
    /** One letter mapping of the table (see the class comment). */
    public enum Letter {
        /** ي U+064A → ی U+06CC. */
        ARABIC_YEH('\u064A', '\u06CC'),
        /** ى U+0649 → ی U+06CC. */
        ALEF_MAKSURA('\u0649', '\u06CC'),
        /** ك U+0643 → ک U+06A9. */
        ARABIC_KAF('\u0643', '\u06A9'),
        /** ه U+0647 → ہ U+06C1. */
        ARABIC_HEH('\u0647', '\u06C1'),
        /** ة U+0629 → ۃ U+06C3. */
        TEH_MARBUTA('\u0629', '\u06C3'),
        /** ۀ U+06C0 → ۂ U+06C2. */
        HEH_WITH_YEH('\u06C0', '\u06C2'),
        /** ۂ U+06C2 → ہ U+06C1. */
        IZAFAT_HEH('\u06C2', '\u06C1');

        private final char from;
        private final char to;

        Letter(char from, char to) {
            this.from = from;
            this.to = to;
        }

        /** The letter as found in the text. */
        public char from() {
            return from;
        }

        /** The Urdu letter it becomes. */
        public char to() {
            return to;
        }
    }

    /** The Arabic letters of {@code UrduNormalizer}: ي ى ك ه ة ۀ → ی ی ک ہ ۃ ۂ. */
    public static final UrduLetterFolding NORMALIZER = new UrduLetterFolding("normalizer", EnumSet.of(
            Letter.ARABIC_YEH, Letter.ALEF_MAKSURA, Letter.ARABIC_KAF, Letter.ARABIC_HEH, Letter.TEH_MARBUTA,
            Letter.HEH_WITH_YEH));
    /** The yeh of Urdu typed in Windows-1256: ي ى → ی. */
    public static final UrduLetterFolding WINDOWS_1256_YEH = new UrduLetterFolding("windows-1256-yeh",
            EnumSet.of(Letter.ARABIC_YEH, Letter.ALEF_MAKSURA));
    /** The near-duplicate words: ي ك → ی ک (see the known difference in the class comment). */
    public static final UrduLetterFolding NEAR_DUPLICATE_WORDS = new UrduLetterFolding("near-duplicate-words",
            EnumSet.of(Letter.ARABIC_YEH, Letter.ARABIC_KAF));
    /** The link keys, after normalization: izafat ۂ → ہ. */
    public static final UrduLetterFolding LINK_KEYS = new UrduLetterFolding("link-keys",
            EnumSet.of(Letter.IZAFAT_HEH));

    /** Every named subset, for tests and documentation. */
    public static final List<UrduLetterFolding> ALL = List.of(NORMALIZER, WINDOWS_1256_YEH, NEAR_DUPLICATE_WORDS,
            LINK_KEYS);

    private static final char FIRST = '\u0600';
    private static final char LAST = '\u06FF';

    private final String name;
    private final Set<Letter> letters;
    /** The target of each char in U+0600..U+06FF, or 0 when the subset leaves it. */
    private final char[] targets = new char[LAST - FIRST + 1];

    private UrduLetterFolding(String name, EnumSet<Letter> letters) {
        this.name = name;
        this.letters = Collections.unmodifiableSet(letters);
        for (Letter l : letters) {
            if (targets[l.from - FIRST] != 0 || letters.stream().anyMatch(o -> o.from == l.to)) {
                // one pass must give what a chain of String.replace calls gave: no chains inside a subset
                throw new IllegalStateException(name + ": " + l + " folds into a letter the subset folds again");
            }
            targets[l.from - FIRST] = l.to;
        }
    }

    /** The subset's name. */
    public String name() {
        return name;
    }

    /** The mappings of this subset. */
    public Set<Letter> letters() {
        return letters;
    }

    /** The char {@code c} folds into, or {@code c} itself. */
    public char fold(char c) {
        if (c < FIRST || c > LAST) {
            return c;
        }
        char t = targets[c - FIRST];
        return t == 0 ? c : t;
    }

    /**
     * Folds every letter of the subset; char for char, so offsets stay valid.
     *
     * @return the folded text, {@code s} itself when nothing changes
     */
    public String fold(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (fold(c) != c) {
                char[] a = s.toCharArray();
                for (int j = i; j < n; j++) {
                    a[j] = fold(a[j]);
                }
                return new String(a);
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(letters.toArray());
    }
}
