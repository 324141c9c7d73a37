package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The candidate pairs of LSH banding ({@link MinHashBands}), shared by {@link NearDuplicates} and
 * {@link StoryClusters}: articles (numbered {@code n}) that share a band key, kept when their 1-byte-a-value
 * sketches agree at {@code minMatches} places or more. The band join carries two longs a row; a bucket of
 * more than {@code maxClique} articles gathers its members' sketches in one row and gives only the pairs
 * whose sketches agree (docs/input.md, "Deduplication"), so a key common to many articles does not make a
 * Spark row for every two of them. Linear in the number of articles but for the pairs that agree.
 */
final class BandCandidates {
    private static final StructType PAIR = new StructType().add("a_n", DataTypes.LongType, false)
            .add("b_n", DataTypes.LongType, false);

    private BandCandidates() {
    }

    /**
     * @param buckets   one row per article and band: {@code n} (long) and {@code bucket} (long, the band key)
     * @param sketches  one row per article: {@code n} and {@code sketch} (binary)
     * @return the distinct pairs {@code a_n < b_n} that share a bucket and whose sketches agree at
     *         {@code minMatches} places or more
     */
    static Dataset<Row> pairs(Dataset<Row> buckets, Dataset<Row> sketches, int minMatches, int maxClique) {
        // most buckets hold one article (95 % at 100k generated articles): counted by a hash aggregate and
        // dropped before any join
        Dataset<Row> shared = buckets.groupBy(col("bucket")).agg(count(lit(1)).as("members"))
                .filter(col("members").geq(2));
        Dataset<Row> sized = buckets.join(shared, "bucket");
        // a bucket of up to maxClique articles: every two of them, as numbers; a larger one: its members and
        // sketches gathered in one row, and only the pairs whose sketches agree enough
        Dataset<Row> small = sized.filter(col("members").leq(maxClique)).select(col("n"), col("bucket"));
        Dataset<Row> cliquePairs = small.select(col("n").as("a_n"), col("bucket").as("a_bucket"))
                .join(small, col("a_bucket").equalTo(col("bucket")).and(col("a_n").lt(col("n"))))
                .select(col("a_n"), col("n").as("b_n"));
        UserDefinedFunction agreeing = udf((UDF1<Seq<Row>, Seq<Row>>) members -> agreeingPairs(members, minMatches),
                DataTypes.createArrayType(PAIR, false));
        Dataset<Row> largeBucketPairs = sized.filter(col("members").gt(maxClique)).select(col("n"), col("bucket"))
                .join(sketches, "n")
                .groupBy(col("bucket")).agg(collect_list(struct(col("n"), col("sketch"))).as("m"))
                .select(explode(agreeing.apply(col("m"))).as("p"))
                .select(col("p.a_n").as("a_n"), col("p.b_n").as("b_n"));
        Dataset<Row> sameBucket = cliquePairs.union(largeBucketPairs).distinct();
        UserDefinedFunction sketchMatches = udf((UDF2<byte[], byte[], Integer>) MinHashBands::sketchMatches,
                DataTypes.IntegerType);
        return sameBucket
                .join(sketches.select(col("n").as("sa_n"), col("sketch").as("a_sketch")), col("a_n").equalTo(col("sa_n")))
                .join(sketches.select(col("n").as("sb_n"), col("sketch").as("b_sketch")), col("b_n").equalTo(col("sb_n")))
                .filter(sketchMatches.apply(col("a_sketch"), col("b_sketch")).geq(minMatches))
                .select(col("a_n"), col("b_n"));
    }

    /** The pairs (smaller number first) of one bucket's members whose sketches agree at {@code minMatches} places or more. */
    static Seq<Row> agreeingPairs(Seq<Row> members, int minMatches) {
        List<Row> m = CollectionConverters.asJava(members);
        long[] n = new long[m.size()];
        byte[][] sketch = new byte[m.size()][];
        for (int i = 0; i < n.length; i++) {
            n[i] = m.get(i).getLong(0);
            sketch[i] = (byte[]) m.get(i).get(1);
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            for (int j = i + 1; j < n.length; j++) {
                if (MinHashBands.sketchMatches(sketch[i], sketch[j]) >= minMatches) {
                    out.add(RowFactory.create(Math.min(n[i], n[j]), Math.max(n[i], n[j])));
                }
            }
        }
        return ScalaSeqs.of(out);
    }
}
