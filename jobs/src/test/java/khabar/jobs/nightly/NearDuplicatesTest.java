package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import khabar.jobs.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicates on the fixture of rewritten wire stories (jobs/src/test/fixtures/): precision and
 * recall of duplicate_of against the truth column {@code first_copy}.
 */
class NearDuplicatesTest {
    private static final String FIXTURE = Path.of("src/test/resources/near-duplicates/articles.jsonl").toAbsolutePath().toString();

    private final SparkSession spark = TestSpark.session();

    private Dataset<Row> fixture() {
        return spark.read().json(FIXTURE)
                .withColumn("published_at", to_timestamp(col("published_at")))
                .withColumn("duplicate_of", lit(null).cast("string"));
    }

    /** {precision, recall} of duplicate_of against first_copy. */
    static double[] precisionRecall(List<Row> rows) {
        int predicted = 0;
        int truth = 0;
        int correct = 0;
        for (Row r : rows) {
            String got = r.getAs("duplicate_of");
            String want = r.getAs("first_copy");
            predicted += got == null ? 0 : 1;
            truth += want == null ? 0 : 1;
            correct += got != null && got.equals(want) ? 1 : 0;
        }
        return new double[] {predicted == 0 ? 1 : (double) correct / predicted, truth == 0 ? 1 : (double) correct / truth};
    }

    @Test
    void findsNewspaperRewritesAndPointsThemAtTheFirstCopy() {
        List<Row> rows = NearDuplicates.mark(fixture()).collectAsList();
        double[] pr = precisionRecall(rows);
        System.out.printf("near-duplicates at the default settings: precision %.3f, recall %.3f over %d articles%n",
                pr[0], pr[1], rows.size());
        assertThat(pr[0]).isGreaterThanOrEqualTo(0.95);
        assertThat(pr[1]).isGreaterThanOrEqualTo(0.9);
        Map<String, String> dupOf = new HashMap<>();
        rows.forEach(r -> dupOf.put(r.getAs("article_id"), r.getAs("duplicate_of")));
        assertThat(dupOf.get("science-a-3")).isEqualTo("science-a");
        assertThat(dupOf.get("ur-rain-a-2")).isEqualTo("ur-rain-a");
        assertThat(dupOf.get("flood-a-other")).isNull();
        assertThat(dupOf.get("flood-a")).isNull();
    }

    /**
     * One story copied 40 times, a word changed in each copy: its band buckets hold 41 articles, more than
     * the clique size of 4 here, so their pairs come from the in-bucket sketch comparison. Every copy must
     * still point at the first, and the rest of the fixture be marked as at the defaults.
     */
    @Test
    void aStoryCopiedMoreTimesThanTheCliqueSizeStillPointsAtItsFirstCopy() {
        Row story = fixture().filter(col("first_copy").isNull()).orderBy("article_id").first();
        String text = story.getAs("text");
        String[] words = text.split(" ");
        List<Row> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String[] w = words.clone();
            w[(i * 7) % w.length] = "changed" + i;
            copies.add(org.apache.spark.sql.RowFactory.create("copy-" + i, String.join(" ", w),
                    String.format("2030-01-01 00:%02d:00", i)));
        }
        Dataset<Row> fixture = fixture();
        Dataset<Row> in = fixture.unionByName(spark.createDataFrame(copies, new org.apache.spark.sql.types.StructType()
                        .add("article_id", "string").add("text", "string").add("published", "string"))
                .withColumn("published_at", to_timestamp(col("published"))).drop("published")
                .withColumn("first_copy", lit(story.<String>getAs("article_id")))
                .withColumn("duplicate_of", lit(null).cast("string")), true);
        List<Row> rows = NearDuplicates.mark(in, NearDuplicates.Settings.defaults().withMaxClique(4)).collectAsList();
        Map<String, String> dupOf = new HashMap<>();
        rows.forEach(r -> dupOf.put(r.getAs("article_id"), r.getAs("duplicate_of")));
        for (int i = 0; i < 40; i++) {
            assertThat(dupOf.get("copy-" + i)).as("copy-" + i).isEqualTo(story.<String>getAs("article_id"));
        }
        assertThat(dupOf.get(story.<String>getAs("article_id"))).isNull();
        List<Row> rest = rows.stream().filter(r -> !r.<String>getAs("article_id").startsWith("copy-")).toList();
        double[] atDefaults = precisionRecall(NearDuplicates.mark(fixture).collectAsList());
        assertThat(precisionRecall(rest)).containsExactly(atDefaults);
    }

    @Test
    void leavesExactDuplicatesAsMarkedAndKeepsTheColumns() {
        Dataset<Row> in = fixture().withColumn("duplicate_of",
                when(col("article_id").equalTo("strike-a-3"), lit("some-exact-first")));
        Dataset<Row> out = NearDuplicates.mark(in);
        assertThat(out.columns()).containsExactly(in.columns());
        Row r = out.filter(col("article_id").equalTo("strike-a-3")).first();
        assertThat((String) r.getAs("duplicate_of")).isEqualTo("some-exact-first");
        assertThat(out.count()).isEqualTo(in.count());
    }

    @Test
    void printsPrecisionAndRecallPerThreshold() {
        for (double t : new double[] {0.1, 0.3, 0.5, 0.6}) {
            NearDuplicates.Settings s = new NearDuplicates.Settings(t, 5, 80, 2, 16);
            double[] pr = precisionRecall(NearDuplicates.mark(fixture(), s).collectAsList());
            System.out.printf("near-duplicates minJaccard=%.2f: precision %.3f, recall %.3f%n", t, pr[0], pr[1]);
            assertThat(pr[0]).isBetween(0.0, 1.0);
        }
    }

    @Test
    void shinglesNormalisedWords() {
        assertThat(NearDuplicates.shingles("The  River, burst ITS banks!", 3))
                .containsExactly("the river burst", "river burst its", "burst its banks");
        assertThat(NearDuplicates.shingles("Two words", 5)).containsExactly("two words");
        assertThat(NearDuplicates.shingles("کراچي ميں", 2)).containsExactly("کراچی میں");
        assertThat(NearDuplicates.shingles(" ... ", 5)).isEmpty();
    }
}
