package khabar.core.urdu;

import java.util.Arrays;
import java.util.List;
import khabar.core.text.Sentence;

/**
 * Prints single-thread throughput of Urdu tokenize + sentence split (and of normalize alone) on the seed article,
 * repeated to about a million tokens per round, after warm-up. Not a unit test: it asserts nothing. Run:
 * <pre>
 * mvn -o -q -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes:$HOME/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar \
 *     khabar.core.urdu.UrduThroughputBenchmark
 * </pre>
 */
public final class UrduThroughputBenchmark {
    private static final int TARGET_TOKENS = 1_000_000;
    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 10;

    private UrduThroughputBenchmark() {
    }

    public static void main(String[] args) {
        String seed = UrduSeed.text();
        UrduSentenceSplitter splitter = UrduSentenceSplitter.standard();
        int seedTokens = splitter.tokenizer().tokenize(seed).size();
        int copies = TARGET_TOKENS / seedTokens + 1;
        // Arabic-keyboard spelling and diacritics: every token takes the normalizer's slow path
        String arabicKeyboard = seed.replace('ی', 'ي').replace('ک', 'ك').replace("امریکی", "اَمریکی");
        System.out.printf("seed: %d chars, %d tokens, %d sentences; %d copies per round%n", seed.length(),
                seedTokens, splitter.split(seed).size(), copies);
        report("tokenize+split, seed as written, one document per copy", () -> perDocument(splitter, seed, copies));
        report("tokenize+split, Arabic code points + diacritics", () -> perDocument(splitter, arabicKeyboard, copies));
        String big = (seed + "\n\n").repeat(copies);
        report("tokenize+split, one " + big.length() / 1_000_000 + " M-char document", () -> count(splitter.split(big)));
        report("normalize only, per token of the seed", () -> normalizeTokens(splitter, seed, copies));
    }

    private static long perDocument(UrduSentenceSplitter splitter, String doc, int copies) {
        long tokens = 0;
        for (int i = 0; i < copies; i++) {
            tokens += count(splitter.split(doc));
        }
        return tokens;
    }

    private static long count(List<Sentence> sentences) {
        long tokens = 0;
        for (Sentence s : sentences) {
            tokens += s.tokens().size();
        }
        return tokens;
    }

    private static long normalizeTokens(UrduSentenceSplitter splitter, String doc, int copies) {
        String[] words = doc.split("\\s+");
        long n = 0;
        long sink = 0;
        for (int i = 0; i < copies; i++) {
            for (String w : words) {
                sink += UrduNormalizer.normalize(w).length();
                n++;
            }
        }
        return sink >= 0 ? n : -n;
    }

    private interface Round {
        long run();
    }

    private static void report(String label, Round round) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            round.run();
        }
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            long tokens = round.run();
            long t1 = System.nanoTime();
            rates[i] = tokens / ((t1 - t0) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("%-60s median %,12.0f tokens/s  (min %,.0f, max %,.0f)%n", label, rates[ROUNDS / 2],
                rates[0], rates[ROUNDS - 1]);
    }
}
