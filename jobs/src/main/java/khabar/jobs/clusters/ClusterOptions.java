package khabar.jobs.clusters;

import java.nio.file.Path;

/**
 * The settings of one {@code train-clusters} run, checked when built: every error names the flag and the fix.
 * Word2Vec runs on one partition by default, so that the same seed and input give the same file; the other core
 * still works in every other step (reading, tokenizing, counting, KMeans).
 *
 * @param input      folder read recursively for {@code *.txt} files (UTF-8, one article or paragraph a line)
 * @param out        the cluster lexicon to write ({@code .gz}: gzipped)
 * @param k          number of clusters (KMeans k)
 * @param dim        Word2Vec vector size
 * @param minCount   words seen fewer times get no vector and no cluster
 * @param window     Word2Vec context window (words on each side)
 * @param seed       seed of Word2Vec and KMeans: the same seed, input and master give the same file
 * @param maxTokens  train on the first this many tokens of the Urdu lines (in read order); 0 = all
 * @param partitions Word2Vec partitions, trained by parallel tasks. Above 1 the file is no longer reproducible: Spark's
 *                   Word2Vec folds every task's updates into the broadcast vectors, which the tasks of one JVM share
 *                   (local masters: lock-free "Hogwild" training, in thread-timing order); on a cluster each executor
 *                   trains its own copy and they are averaged after each iteration
 * @param iterations Word2Vec passes over the corpus. 5 by default (as gensim's word2vec): the Urdu news text at hand
 *                   is small (8.6M tokens), and one pass leaves words seen 5 to 20 times barely moved from their
 *                   random start; a pass over it takes about 2 minutes on one partition (2 vCPUs, other work beside)
 */
public record ClusterOptions(Path input, Path out, int k, int dim, int minCount, int window, long seed,
                             long maxTokens, int partitions, int iterations) {
    /** The defaults of the optional flags. */
    public static final int DEFAULT_K = 1000;
    public static final int DEFAULT_DIM = 100;
    public static final int DEFAULT_MIN_COUNT = 5;
    public static final int DEFAULT_WINDOW = 5;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_ITERATIONS = 5;
    public static final int DEFAULT_PARTITIONS = 1;

    public ClusterOptions {
        if (input == null || out == null) {
            throw new IllegalArgumentException("--input and --out are required");
        }
        atLeast("--k", k, 2);
        atLeast("--dim", dim, 2);
        atLeast("--min-count", minCount, 1);
        atLeast("--window", window, 1);
        atLeast("--max-tokens", maxTokens, 0);
        atLeast("--partitions", partitions, 1);
        atLeast("--iterations", iterations, 1);
    }

    public ClusterOptions withOut(Path out) {
        return new ClusterOptions(input, out, k, dim, minCount, window, seed, maxTokens, partitions, iterations);
    }

    /** The settings, one a line, for the start of the run. */
    public String describe() {
        return String.format("""
                  input       = %s
                  out         = %s
                  k           = %d
                  dim         = %d
                  min-count   = %d
                  window      = %d
                  seed        = %d
                  max-tokens  = %s
                  partitions  = %d
                  iterations  = %d
                """, input, out, k, dim, minCount, window, seed, maxTokens == 0 ? "all" : Long.toString(maxTokens),
                partitions, iterations);
    }

    private static void atLeast(String flag, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(flag + " must be at least " + min + ", is " + value);
        }
    }
}
