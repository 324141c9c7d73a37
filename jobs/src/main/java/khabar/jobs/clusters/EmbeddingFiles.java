package khabar.jobs.clusters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The word vectors in the two files CoreNLP's CRF reads with {@code useEmbedding=true}: {@code embeddingWords}
 * ({@link #WORDS}, one word a line) and {@code embeddingVectors} ({@link #VECTORS}, the same line's vector, its values
 * separated by single spaces), both UTF-8 and gzipped (CoreNLP's {@code IOUtils.readerFromString} unzips a name
 * ending in {@code .gz}). Words are sorted (String order) after the two entries CoreNLP looks up by name:
 * {@link #UNKNOWN} (a word without a vector) and {@link #PADDING} (a position before the first or after the last
 * token), both all zeros, so that they add nothing to a token's score.
 *
 * <p>The values are scaled so that all of them together have standard deviation {@link #TARGET_STD} (0.1): the
 * scale Guo et al. (EMNLP 2014, "Revisiting embedding features for simple semi-supervised learning") found best
 * for dense embedding features in a linear CRF. Word2Vec's raw values vary with the corpus and the dimension;
 * the CRF's Gaussian prior (sigma) sees weights, so a fixed scale keeps that prior's meaning fixed too.
 */
public final class EmbeddingFiles {
    public static final String WORDS = "words.txt.gz";
    public static final String VECTORS = "vectors.txt.gz";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String PADDING = "PADDING";
    public static final double TARGET_STD = 0.1;

    private EmbeddingFiles() {
    }

    /** Writes {@code vectors} (all of one length) to {@link #WORDS} and {@link #VECTORS} in {@code dir}. */
    public static void write(Map<String, float[]> vectors, Path dir) throws IOException {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("no vectors to write");
        }
        int dim = vectors.values().iterator().next().length;
        double scale = TARGET_STD / std(vectors, dim);
        Files.createDirectories(dir);
        Path words = dir.resolve("." + WORDS + "." + UUID.randomUUID() + ".tmp");
        Path values = dir.resolve("." + VECTORS + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer w = gzipWriter(words); Writer v = gzipWriter(values)) {
                String zeros = String.join(" ", Collections.nCopies(dim, "0"));
                for (String special : new String[] {UNKNOWN, PADDING}) {
                    w.write(special + "\n");
                    v.write(zeros + "\n");
                }
                StringBuilder line = new StringBuilder();
                for (Map.Entry<String, float[]> e : new TreeMap<>(vectors).entrySet()) {
                    if (e.getKey().equals(UNKNOWN) || e.getKey().equals(PADDING)) {
                        continue;
                    }
                    float[] x = e.getValue();
                    if (x.length != dim) {
                        throw new IllegalArgumentException("vector of " + e.getKey() + " has " + x.length
                                + " values, the others " + dim);
                    }
                    line.setLength(0);
                    for (int i = 0; i < dim; i++) {
                        line.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.5f", x[i] * scale));
                    }
                    w.write(e.getKey() + "\n");
                    v.write(line.append('\n').toString());
                }
            }
            Files.move(words, dir.resolve(WORDS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(values, dir.resolve(VECTORS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(words);
            Files.deleteIfExists(values);
        }
    }

    /** The standard deviation of all values of all vectors. */
    static double std(Map<String, float[]> vectors, int dim) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (float[] x : vectors.values()) {
            for (float f : x) {
                sum += f;
                squares += (double) f * f;
                n++;
            }
        }
        double mean = sum / n;
        double variance = Math.max(squares / n - mean * mean, 0);
        if (variance == 0) {
            throw new IllegalArgumentException("every value of the " + dim + "-dimensional vectors is the same");
        }
        return Math.sqrt(variance);
    }

    private static Writer gzipWriter(Path file) throws IOException {
        OutputStream os = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }
}
