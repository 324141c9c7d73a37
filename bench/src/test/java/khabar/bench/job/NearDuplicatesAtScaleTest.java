package khabar.bench.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import khabar.jobs.TestSpark;
import khabar.jobs.nightly.NearDuplicates;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates against brute force: 600 generated articles (the bench corpus: different stories, yet
 * sharing many phrases) plus a rewrite of every fifth one (sentences dropped, words changed, a sentence
 * added, published later). Every pair's exact shingle Jaccard is computed; the job must mark only rewrites
 * that reach the threshold, each pointing at its original, and all of them from Jaccard 0.3 up.
 */
class NearDuplicatesAtScaleTest {
    private static final Path SAMPLES = Path.of("../samples/2024-07-26");

    private final SparkSession spark = TestSpark.session();

    @Test
    void marksExactlyTheRewritesAboveTheThresholdAmongManySimilarArticles(@TempDir Path out) {
        CorpusGenerator generator = new CorpusGenerator(new CorpusGenerator.Settings(600, Mix.parse("ur=0.5,en=0.5"), 5,
                LocalDate.of(2024, 7, 26), SAMPLES, 1000));
        Dataset<Row> originals = spark.read().json(generator.write(out).dateDir().toString())
                .select(col("url").as("article_id"), concat_ws("\n", col("title"), col("maintext")).as("text"),
                        col("date_publish").as("published"));
        List<Row> rows = originals.collectAsList();
        List<String[]> all = new ArrayList<>(); // id, text, published
        for (Row r : rows) {
            all.add(new String[] {r.getString(0), r.getString(1), r.getString(2)});
        }
        SplittableRandom random = new SplittableRandom(42);
        Map<String, String> rewriteOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i += 5) {
            String[] o = all.get(i);
            String id = o[0] + "-rewrite";
            all.add(new String[] {id, rewrite(o[1], random), "2024-07-27 12:00:00"});
            rewriteOf.put(id, o[0]);
        }
        int k = NearDuplicates.Settings.defaults().shingleWords();
        double threshold = NearDuplicates.Settings.defaults().minJaccard();
        List<Set<String>> shingles = new ArrayList<>();
        all.forEach(a -> shingles.add(new HashSet<>(NearDuplicates.shingles(a[1], k))));
        Map<String, String> expected = new HashMap<>();
        Map<String, Double> jaccardOf = new HashMap<>();
        int rewritesBelow = 0;
        for (int x = 0; x < all.size(); x++) {
            for (int y = x + 1; y < all.size(); y++) {
                double j = jaccard(shingles.get(x), shingles.get(y));
                boolean pair = all.get(y)[0].equals(all.get(x)[0] + "-rewrite");
                if (!pair) {
                    assertThat(j).as("%s ~ %s", all.get(x)[0], all.get(y)[0]).isLessThan(threshold);
                } else if (j >= threshold) {
                    expected.put(all.get(y)[0], all.get(x)[0]);
                    jaccardOf.put(all.get(y)[0], j);
                } else {
                    rewritesBelow++;
                }
            }
        }
        List<Row> input = new ArrayList<>();
        all.forEach(a -> input.add(org.apache.spark.sql.RowFactory.create(a[0], a[1], a[2])));
        Dataset<Row> articles = spark.createDataFrame(input, new org.apache.spark.sql.types.StructType()
                        .add("article_id", "string").add("text", "string").add("published", "string"))
                .withColumn("published_at", to_timestamp(col("published"))).drop("published")
                .withColumn("duplicate_of", lit(null).cast("string"));
        assertThat(expected.size()).isGreaterThan(rewriteOf.size() / 2);
        assertThat(rewritesBelow).isPositive(); // the threshold is really tested from both sides
        // the defaults, and every band bucket of more than two articles paired inside the bucket: the same result
        Map<String, String> atDefaults = null;
        for (NearDuplicates.Settings settings : List.of(NearDuplicates.Settings.defaults(),
                NearDuplicates.Settings.defaults().withMaxClique(2))) {
            Map<String, String> found = new HashMap<>();
            for (Row r : NearDuplicates.mark(articles, settings).filter(col("duplicate_of").isNotNull())
                    .select("article_id", "duplicate_of").collectAsList()) {
                found.put(r.getString(0), r.getString(1));
            }
            System.out.printf("near-duplicates at scale, max clique %d: %d articles, %d rewrites (%d at or above %.2f), "
                    + "%d found%n", settings.maxClique(), all.size(), rewriteOf.size(), expected.size(), threshold,
                    found.size());
            checkFound(found, expected, jaccardOf);
            if (atDefaults == null) {
                atDefaults = found;
            } else {
                assertThat(found).isEqualTo(atDefaults);
            }
        }
        assertThat(originals.select("article_id").as(Encoders.STRING()).count()).isEqualTo(600);
    }

    private static void checkFound(Map<String, String> found, Map<String, String> expected, Map<String, Double> jaccardOf) {
        // precision: nothing but a rewrite at or above the threshold, pointing at its original
        found.forEach((id, first) -> assertThat(expected.get(id)).as(id).isEqualTo(first));
        // recall: every rewrite from 0.3 up (a miss there has probability 0.0005); near 0.2 banding finds a
        // pair with probability 0.96, so allow a miss or two just above the threshold
        long missedNearThreshold = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!found.containsKey(e.getKey())) {
                double j = jaccardOf.get(e.getKey());
                System.out.printf("near-duplicates at scale: missed a rewrite at Jaccard %.3f%n", j);
                assertThat(j).as(e.getKey()).isLessThan(0.3);
                missedNearThreshold++;
            }
        }
        assertThat(missedNearThreshold).isLessThanOrEqualTo(expected.size() / 20);
    }

    /** A newspaper rewrite: some sentences dropped, every fifteenth word changed, a sentence added. */
    private static String rewrite(String text, SplittableRandom random) {
        String[] sentences = text.split("(?<=[.۔])\\s+");
        double keep = random.nextDouble(0.2, 0.95);
        StringBuilder b = new StringBuilder();
        for (String s : sentences) {
            if (b.length() == 0 || random.nextDouble() < keep) {
                b.append(s).append(' ');
            }
        }
        String[] words = b.toString().split(" ");
        for (int i = 14; i < words.length; i += 15) {
            words[i] = "changed" + i;
        }
        return String.join(" ", words) + " A sentence the rewriting paper added at the end.";
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            common += b.contains(s) ? 1 : 0;
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
