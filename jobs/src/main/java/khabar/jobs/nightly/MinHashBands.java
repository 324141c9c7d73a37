package khabar.jobs.nightly;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import khabar.core.text.UrduLetterFolding;

/**
 * The kernel of {@link NearDuplicates}, per text, in one pass: its word {@code k}-shingles as a set of
 * 64-bit hashes, {@code bands × rowsPerBand} MinHash values over that set, and one LSH key per band (AND
 * within a band: two texts share a band's key when all its values agree). Also the exact Jaccard
 * similarity of two shingle sets, for the candidate pairs the bands give.
 * <p>
 * Why by hand: MLlib's {@code MinHashLSH} has no banding (its {@code approxSimilarityJoin} makes a pair a
 * candidate when any single value agrees, so candidates grow as N² × mean Jaccard), and its transform
 * costs ≈ 0.6 ms an article for 160 values (boxed Scala collections), against ≈ 0.1 ms here
 * (docs/input.md, "Deduplication").
 * The MinHash family is a strong 64-bit mix of the shingle hash XOR a per-function seed drawn once from
 * a fixed seed, so every executor computes the same values.
 */
final class MinHashBands implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int shingleWords;
    private final int rowsPerBand;
    private final long[] seeds;

    MinHashBands(int shingleWords, int bands, int rowsPerBand, long seed) {
        if (shingleWords < 1 || bands < 1 || rowsPerBand < 1) {
            throw new IllegalArgumentException("bad MinHash bands: " + shingleWords + ", " + bands + ", " + rowsPerBand);
        }
        this.shingleWords = shingleWords;
        this.rowsPerBand = rowsPerBand;
        SplittableRandom random = new SplittableRandom(seed);
        this.seeds = new long[bands * rowsPerBand];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextLong();
        }
    }

    /**
     * The distinct word-shingle hashes of {@code text}, sorted (the words as {@link NearDuplicates#shingles}
     * normalises them; all words as one shingle when fewer than k); empty for no words.
     */
    long[] shingleSet(String text) {
        if (text == null) {
            return new long[0];
        }
        String[] words = words(text);
        if (words.length == 0) {
            return new long[0];
        }
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = hash(words[i]);
        }
        int k = Math.min(shingleWords, words.length);
        long[] out = new long[words.length - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = k;
            for (int j = 0; j < k; j++) {
                h = mix(h * 0x9E3779B97F4A7C15L + wordHashes[i + j]);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The set's {@code bands × rowsPerBand} MinHash values; empty for an empty set. */
    long[] minHashes(long[] shingleSet) {
        if (shingleSet.length == 0) {
            return new long[0];
        }
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long x : shingleSet) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(x ^ seeds[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return min;
    }

    /** One key per band of the MinHash values: a mix of the band's values and its number. */
    long[] bandKeys(long[] minHashes) {
        long[] keys = new long[minHashes.length / rowsPerBand];
        for (int band = 0; band < keys.length; band++) {
            long h = 0x9E3779B97F4A7C15L * (band + 1);
            for (int r = 0; r < rowsPerBand; r++) {
                h = mix(h ^ minHashes[band * rowsPerBand + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    /**
     * The low byte of every MinHash value: a 1-byte-a-value sketch that two texts at Jaccard J agree on at
     * a fraction of about {@code J + (1 - J) / 256} of places, cheap enough to travel with every band row
     * and to drop most chance candidates before their shingle sets are fetched ({@link #sketchMatches}).
     */
    static byte[] sketch(long[] minHashes) {
        byte[] out = new byte[minHashes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) minHashes[i];
        }
        return out;
    }

    /** Places at which two sketches agree. */
    static int sketchMatches(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        int matches = 0;
        for (int i = 0; i < n; i++) {
            matches += a[i] == b[i] ? 1 : 0;
        }
        return matches;
    }

    /**
     * The fewest sketch matches a pair at {@code minJaccard} is kept with: 60% of the places expected,
     * 2.7 standard deviations below the mean at the default (160 values, Jaccard 0.2: mean 32.5, threshold
     * 19, so 0.4% of the pairs right at 0.2 are lost, 0.03% of those at 0.24, the lowest rewrite of the
     * fixture); a pair at 0.1 passes with probability ≈ 25%, one at 0.05 with ≈ 0.01%.
     */
    static int minSketchMatches(double minJaccard, int values) {
        return Math.max(1, (int) Math.floor(0.6 * minJaccard * values));
    }

    /** A sorted set of longs as bytes (8 a value, big-endian): compact in a Spark binary column. */
    static byte[] pack(long[] set) {
        ByteBuffer b = ByteBuffer.allocate(set.length * Long.BYTES);
        for (long v : set) {
            b.putLong(v);
        }
        return b.array();
    }

    /** Jaccard similarity of two sets packed by {@link #pack}; 0 when both are empty. */
    static double jaccard(byte[] a, byte[] b) {
        ByteBuffer x = ByteBuffer.wrap(a);
        ByteBuffer y = ByteBuffer.wrap(b);
        int na = a.length / Long.BYTES;
        int nb = b.length / Long.BYTES;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < na && j < nb) {
            long u = x.getLong(i * Long.BYTES);
            long v = y.getLong(j * Long.BYTES);
            if (u == v) {
                common++;
                i++;
                j++;
            } else if (u < v) {
                i++;
            } else {
                j++;
            }
        }
        int union = na + nb - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /**
     * The normalised words: NFKC, lower case, Arabic ي ك as Urdu ی ک ({@link UrduLetterFolding#NEAR_DUPLICATE_WORDS}:
     * two of the normalizer's six letters, a known difference documented there), split at everything but letters,
     * marks and digits.
     */
    static String[] words(String text) {
        String norm = UrduLetterFolding.NEAR_DUPLICATE_WORDS.fold(
                Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        String[] words = norm.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip().split(" ");
        return words.length == 1 && words[0].isEmpty() ? new String[0] : words;
    }

    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
