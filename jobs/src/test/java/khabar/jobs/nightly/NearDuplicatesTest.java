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
            NearDuplicates.Settings s = new NearDuplicates.Settings(t, 5, 80, 2);
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
