package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * A folder of trained CRFs kept by a digest of everything that decides one: every CoreNLP flag and the bytes of
 * the files the flags name (training sentences, gazette, word clusters). Training is deterministic (one gradient
 * thread), so a CRF found there is the one training would make; experiments that retrain the same CRF — the
 * first CRF of each cross-validation fold when only the self-training settings change, say — load it instead.
 * Given with the training flag {@value #KEY} ({@code --set khabar.crfCache=DIR}); not part of the recipe. Empty
 * the folder when the training code itself changes (the digest sees the inputs, not the code).
 */
final class CrfCache {
    /** Training flag: the folder (absent: no cache). */
    static final String KEY = "khabar.crfCache";
    /** The flags whose values are files: their contents enter the digest, not their (temporary) paths. */
    private static final Set<String> FILE_FLAGS = Set.of("trainFile", "gazette", "distSimLexicon");

    private final Path dir;

    private CrfCache(Path dir) {
        this.dir = dir;
    }

    /** The cache the flags name, or null; the key is taken out of {@code flags} (CoreNLP must not see it). */
    static CrfCache fromFlags(Properties flags) {
        String dir = (String) flags.remove(KEY);
        return dir == null || dir.isBlank() ? null : new CrfCache(Path.of(dir.strip()));
    }

    /** The CRF for these flags: read from the folder when it is there, else trained and kept there. */
    UrduBiasedCrf trainOrLoad(Properties flags) throws IOException {
        Path kept = dir.resolve(digest(flags) + ".crf.ser.gz");
        if (Files.isRegularFile(kept)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(kept))) {
                return UrduBiasedCrf.read(in);
            } catch (ClassNotFoundException e) {
                throw new IOException(kept + " is not a CRF model: " + e.getMessage(), e);
            }
        }
        UrduBiasedCrf crf = new UrduBiasedCrf(flags);
        crf.train();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "training-", ".partial.gz");
        try {
            crf.serializeClassifier(partial.toString());
            Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return crf;
    }

    /** SHA-256 of the flags, sorted, with the contents of the files named by {@link #FILE_FLAGS}. */
    static String digest(Properties flags) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String key : new TreeSet<>(flags.stringPropertyNames())) {
                String value = flags.getProperty(key);
                sha.update((key + "=").getBytes(StandardCharsets.UTF_8));
                if (FILE_FLAGS.contains(key)) {
                    for (String file : List.of(value.split(","))) {
                        sha.update(Files.readAllBytes(Path.of(file.strip())));
                    }
                } else {
                    sha.update(value.getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
