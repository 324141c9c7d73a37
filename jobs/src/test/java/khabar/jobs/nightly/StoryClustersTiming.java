package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

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
 * Times the story step alone ({@link StoryClusters#assign} over articles already read, prepared and
 * deduplicated, exact and near, persisted and counted as the job does) on {@code local[1]} unless
 * {@code -Dkhabar.master} says otherwise, {@code ROUNDS} times in one JVM (the first round includes the JIT
 * warm-up). Not a test; see docs/stories.md, "Cost".
 * {@code java -cp ... khabar.jobs.nightly.StoryClustersTiming DUMP_DIR [ROUNDS]}
 */
public final class StoryClustersTiming {
    private StoryClustersTiming() {
    }

    public static void main(String[] args) throws IOException {
        String master = System.getProperty("khabar.master", "local[1]");
        KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.spark.master", master));
        SparkSession spark = SparkSessions.create("khabar story timing", master, config.shufflePartitions());
        List<String> files;
        try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
            files = listed.sorted().map(p -> p.toAbsolutePath().toUri().toString()).toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        Dataset<Row> articles = NearDuplicates.mark(MarkDuplicates.mark(PrepareArticles.prepare(ReadDumps.read(spark, files,
                config.readOptions()))).articles()).persist(StorageLevel.DISK_ONLY());
        System.out.printf("%d articles from %d file(s), %s; read, prepared and deduplicated in %.1f s%n", articles.count(),
                files.size(), master, (System.nanoTime() - t0) / 1e9);
        for (int round = 1; round <= rounds; round++) {
            long t1 = System.nanoTime();
            StoryClusters.Result result = StoryClusters.assign(spark, articles);
            Dataset<Row> storied = result.articles().persist(StorageLevel.DISK_ONLY());
            long stories = storied.agg(countDistinct(col("story_id"))).first().getLong(0);
            System.out.printf("round %d: story step %.2f s (%d stock shingles left out, %d candidate pairs, %d verified, %d stories of %d articles)%n",
                    round, (System.nanoTime() - t1) / 1e9, result.stockShingles(), result.candidatePairs(), result.verifiedPairs(), stories,
                    storied.count());
            storied.unpersist(true);
        }
        spark.stop();
    }
}
