package khabar.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions stamped into every row and run: khabar's own, and the Spark and CoreNLP it was built against. */
public record KhabarVersion(String pipeline, String spark, String corenlp) {
    private static final KhabarVersion CURRENT = load();

    public static KhabarVersion current() {
        return CURRENT;
    }

    private static KhabarVersion load() {
        Properties p = new Properties();
        try (InputStream in = KhabarVersion.class.getResourceAsStream("/khabar/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("khabar/version.properties missing from the jobs jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KhabarVersion(p.getProperty("pipeline.version"), p.getProperty("spark.version"),
                p.getProperty("corenlp.version"));
    }
}
