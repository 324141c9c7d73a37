package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import khabar.jobs.SparkSessions;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Times the near-duplicate step alone ({@link NearDuplicates#mark} over articles already read, prepared
 * and exactly deduplicated, persisted and counted as the job does) on {@code local[1]} unless
 * {@code -Dkhabar.master} says otherwise, {@code ROUNDS} times in one JVM: the first round includes the JIT
 * warm-up, the later ones show the warm cost. Not a test; see docs/input.md, "Deduplication".
 * {@code -Dkhabar.maxClique=N} times another band-bucket clique size ({@link NearDuplicates.Settings#maxClique};
 * a huge one pairs every two articles of every bucket, as before 3 December).
 * {@code java -cp ... khabar.jobs.nightly.NearDuplicatesTiming DUMP_DIR [ROUNDS]}
 */
public final class NearDuplicatesTiming {
    private NearDuplicatesTiming() {
    }

    public static void main(String[] args) throws IOException {
        String master = System.getProperty("khabar.master", "local[1]");
        KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.spark.master", master));
        SparkSession spark = SparkSessions.create("khabar near-duplicate timing", master, config.shufflePartitions());
        List<String> files;
        try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
            files = listed.sorted().map(p -> p.toAbsolutePath().toUri().toString()).toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        NearDuplicates.Settings settings = NearDuplicates.Settings.defaults().withMaxClique(
                Integer.getInteger("khabar.maxClique", NearDuplicates.Settings.defaults().maxClique()));
        Dataset<Row> articles = MarkDuplicates.mark(PrepareArticles.prepare(ReadDumps.read(spark, files,
                config.readOptions()))).articles().persist(StorageLevel.MEMORY_AND_DISK());
        System.out.printf("%d articles from %d file(s), %s, max clique %d%n", articles.count(), files.size(), master,
                settings.maxClique());
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            Dataset<Row> marked = NearDuplicates.mark(articles, settings).persist(StorageLevel.MEMORY_AND_DISK());
            long rows = marked.count();
            long copies = marked.filter(col("duplicate_of").isNotNull()).count();
            System.out.printf("round %d: near-duplicate step %.2f s (%d articles, %d marked as copies)%n", round,
                    (System.nanoTime() - t0) / 1e9, rows, copies);
            marked.unpersist(true);
        }
        spark.stop();
    }
}
