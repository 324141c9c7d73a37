package khabar.core.text;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import khabar.core.urdu.UrduNormalizer;

/**
 * How much of one news text is reused in another, measured the way text-reuse research does it for
 * journalism (the METER corpus: a newspaper story "wholly" or "partly derived" from a wire story) by
 * <b>sentence alignment</b>: a sentence of one text counts as reused when at least {@code sentenceContainment}
 * of its word {@code n}-grams occur anywhere in the other text (so a sentence survives a changed word or two,
 * a respelled number or title, and being moved or merged with its neighbour), and the reuse of the pair is
 * the share of words of one text that lie in its reused sentences, in the direction where it is larger (the
 * shorter or more derived text). Two texts tell the same story when that share reaches {@code minShare} and
 * at least {@code minSentences} sentences are reused: one shared sentence, such as a wire's stock closing line
 * ("No group claimed responsibility"), does not make two different stories one.
 * <p>
 * Text is compared in a normalized form: {@link UrduNormalizer} first (Arabic-keyboard letters, Urdu and
 * Arabic-Indic digits as ASCII, diacritics and bidi marks removed), then NFKC and lower case, and words are
 * runs of letters, marks and digits. Sentences end at . ! ? ۔ ؟ and at line breaks. Plain Java, stateless.
 *
 * @param n                   words per n-gram
 * @param sentenceContainment share of a sentence's n-grams that must occur in the other text for it to count
 *                            as reused
 * @param minShare            share of words in reused sentences from which two texts are one story
 * @param minSentences        fewest reused sentences for one story
 */
public record TextReuse(int n, double sentenceContainment, double minShare, int minSentences) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u06D4\u061F])\\s+|[\\r\\n]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    public TextReuse {
        if (n < 1 || !(sentenceContainment > 0 && sentenceContainment <= 1) || !(minShare > 0 && minShare <= 1)
                || minSentences < 1) {
            throw new IllegalArgumentException("bad text reuse settings: " + n + ", " + sentenceContainment + ", "
                    + minShare + ", " + minSentences);
        }
    }

    /**
     * Word 3-grams; a sentence is reused at 0.65 of its 3-grams; one story from 0.25 of the words in reused
     * sentences and 2 reused sentences (chosen on the dev half of the story fixtures, docs/stories.md).
     */
    public static TextReuse defaults() {
        return new TextReuse(3, 0.65, 0.25, 2);
    }

    /** The reuse of a pair: the share of words in reused sentences and how many sentences, in the larger direction. */
    public record Score(double share, int sentences) {
    }

    /** A text's sentences as sorted n-gram hashes with their word counts, and all its n-grams. */
    public record Profile(long[][] sentenceGrams, int[] sentenceWords, long[] grams) implements Serializable {
    }

    /** Whether {@code a} and {@code b} tell the same story (see the class comment). */
    public boolean sameStory(String a, String b) {
        Score s = score(profile(a), profile(b));
        return s.share() >= minShare && s.sentences() >= minSentences;
    }

    public Score score(Profile a, Profile b) {
        Score ab = reused(a, b);
        Score ba = reused(b, a);
        return ab.share() >= ba.share() ? ab : ba;
    }

    /** How much of {@code a} is reused in {@code b}. */
    Score reused(Profile a, Profile b) {
        int words = 0;
        int reusedWords = 0;
        int sentences = 0;
        for (int i = 0; i < a.sentenceGrams().length; i++) {
            long[] g = a.sentenceGrams()[i];
            words += a.sentenceWords()[i];
            int found = 0;
            for (long x : g) {
                found += Arrays.binarySearch(b.grams(), x) >= 0 ? 1 : 0;
            }
            if (g.length > 0 && found >= sentenceContainment * g.length) {
                reusedWords += a.sentenceWords()[i];
                sentences++;
            }
        }
        return new Score(words == 0 ? 0 : (double) reusedWords / words, sentences);
    }

    /** Whether two profiles ({@link #profile}, maybe through {@link #pack} and {@link #unpack}) tell the same story. */
    public boolean sameStory(Profile a, Profile b) {
        Score s = score(a, b);
        return s.share() >= minShare && s.sentences() >= minSentences;
    }

    /**
     * A profile as bytes, to compute it once per text and carry it to every pair the text is in: the number of
     * sentences, then per sentence its words, its number of n-grams and the n-grams (big-endian).
     */
    public static byte[] pack(Profile p) {
        int size = Integer.BYTES;
        for (long[] g : p.sentenceGrams()) {
            size += 2 * Integer.BYTES + g.length * Long.BYTES;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(size);
        b.putInt(p.sentenceGrams().length);
        for (int i = 0; i < p.sentenceGrams().length; i++) {
            b.putInt(p.sentenceWords()[i]).putInt(p.sentenceGrams()[i].length);
            for (long x : p.sentenceGrams()[i]) {
                b.putLong(x);
            }
        }
        return b.array();
    }

    /** The profile {@link #pack} wrote. */
    public static Profile unpack(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int n = b.getInt();
        long[][] sentenceGrams = new long[n][];
        int[] sentenceWords = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceWords[i] = b.getInt();
            long[] g = new long[b.getInt()];
            for (int j = 0; j < g.length; j++) {
                g[j] = b.getLong();
            }
            sentenceGrams[i] = g;
        }
        return profileOf(sentenceGrams, sentenceWords);
    }

    /** A profile from its sentences' grams and word counts: all the grams, pooled and sorted, beside them. */
    private static Profile profileOf(long[][] sentenceGrams, int[] sentenceWords) {
        long[] grams = new long[Arrays.stream(sentenceGrams).mapToInt(g -> g.length).sum()];
        int k = 0;
        for (long[] g : sentenceGrams) {
            System.arraycopy(g, 0, grams, k, g.length);
            k += g.length;
        }
        Arrays.sort(grams);
        return new Profile(sentenceGrams, sentenceWords, grams);
    }

    /** The profile of {@code text} (null: empty). */
    public Profile profile(String text) {
        List<long[]> sentenceGrams = new ArrayList<>();
        List<Integer> sentenceWords = new ArrayList<>();
        if (text != null) {
            String norm = Normalizer.normalize(UrduNormalizer.normalize(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            for (String sentence : SENTENCE_END.split(norm)) {
                String[] words = NOT_WORD.matcher(sentence).replaceAll(" ").strip().split(" ");
                if (words.length == 0 || words[0].isEmpty()) {
                    continue;
                }
                sentenceGrams.add(grams(words));
                sentenceWords.add(words.length);
            }
        }
        return profileOf(sentenceGrams.toArray(long[][]::new), sentenceWords.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The distinct n-gram hashes of a sentence's words, sorted (one gram of all its words when fewer than n). */
    private long[] grams(String[] words) {
        int k = Math.min(n, words.length);
        long[] out = new long[words.length - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = k;
            for (int j = 0; j < k; j++) {
                h = mix(h * 0x9E3779B97F4A7C15L + hash(words[i + j]));
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
