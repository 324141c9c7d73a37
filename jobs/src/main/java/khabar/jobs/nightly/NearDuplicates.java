package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage 3b, near-duplicate detection (after exact deduplication, {@link MarkDuplicates}). Reads:
 * articles with {@code article_id}, {@code text}, {@code published_at}, {@code duplicate_of} (and
 * {@code origin}, {@code origin_offset} when present, to order copies published at the same time).
 * Writes: the same rows, with {@code duplicate_of} set for near-copies (newspaper rewrites of one wire
 * story: new headline, trimmed or reordered paragraphs, words changed) to the first copy, earliest
 * published first. Rows already marked as exact duplicates keep their mark and take no part.
 * <p>
 * How: text normalised (NFKC, lower case, Arabic ي ك as Urdu ی ک, everything but letters and digits
 * a space), word {@code shingleWords}-shingles hashed into a binary vector ({@link HashingTF}), Spark
 * MLlib's {@link MinHashLSH} and {@code approxSimilarityJoin} at Jaccard distance
 * {@code 1 - minJaccard}; each article points at the earliest article it is near, followed for two more
 * hops so that a chain of copies points at one first copy. The hashed shingles and the nearest-first pairs
 * are materialized once ({@code localCheckpoint}): the model fit, both sides of the join and every hop
 * read them, and recomputing them per use cost more than the rest of deduplication (docs/benchmarks.md).
 */
public final class NearDuplicates {
    /**
     * @param minJaccard   word-shingle Jaccard similarity from which two texts are copies (see docs/input.md)
     * @param shingleWords words per shingle
     * @param hashTables   MinHash functions (more: fewer missed pairs, more work)
     * @param features     hashed shingle space
     */
    public record Settings(double minJaccard, int shingleWords, int hashTables, int features) implements Serializable {
        /**
         * Jaccard 0.2 over word 5-shingles, 20 hash tables: on the fixture of docs/input.md rewrites score
         * 0.24–0.90 against their original or each other, different stories 0.00–0.01; with 20 tables a
         * pair at Jaccard 0.2 becomes a candidate with probability 1 - 0.8^20 = 0.99.
         */
        public static Settings defaults() {
            return new Settings(0.2, 5, 20, 1 << 20);
        }
    }

    private static final int HOPS = 2;
    private static final String DATE = khabar.jobs.tables.TableSpec.PARTITION_COLUMN;
    /** Length of a date as text (yyyy-MM-dd), the prefix of a candidate id in a group of dates. */
    private static final int DATE_LENGTH = 10;

    private NearDuplicates() {
    }

    public static Dataset<Row> mark(Dataset<Row> articles) {
        return mark(articles, Settings.defaults());
    }

    public static Dataset<Row> mark(Dataset<Row> articles, Settings settings) {
        int k = settings.shingleWords();
        UserDefinedFunction shingle = udf((UDF1<String, List<String>>) t -> shingles(t, k),
                DataTypes.createArrayType(DataTypes.StringType));
        // with a dump_date column (a group of dates) copies are looked for within each date only: the
        // candidates' id is "<date>|<article_id>" (article ids may repeat across dates), and the order
        // key starts with the date
        boolean byDate = List.of(articles.columns()).contains(DATE);
        Column id = byDate ? concat_ws("|", col(DATE).cast("string"), col("article_id")) : col("article_id");
        Dataset<Row> candidates = articles.filter(col("duplicate_of").isNull())
                .select(id.as("id"), orderKey(articles).as("key"), shingle.apply(col("text")).as("shingles"))
                .filter(size(col("shingles")).gt(0));
        Dataset<Row> hashed = new HashingTF().setInputCol("shingles").setOutputCol("features")
                .setNumFeatures(settings.features()).setBinary(true).transform(candidates).select("id", "key", "features")
                .localCheckpoint();
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(settings.hashTables()).setSeed(20240712L)
                .setInputCol("features").setOutputCol("hashes").fit(hashed);
        Dataset<Row> pairs = model.approxSimilarityJoin(hashed, hashed, 1.0 - settings.minJaccard(), "distance")
                .filter(col("datasetA.key").lt(col("datasetB.key")))
                .filter(byDate ? substring_index(col("datasetA.id"), "|", 1).equalTo(substring_index(col("datasetB.id"), "|", 1))
                        : lit(true))
                .select(col("datasetB.id").as("id"), col("datasetA.key").as("first_key"), col("datasetA.id").as("first_id"));
        Dataset<Row> first = pairs.groupBy("id").agg(min(struct(col("first_key"), col("first_id"))).as("f"))
                .select(col("id"), col("f.first_id").as("near_first")).localCheckpoint();
        for (int hop = 0; hop < HOPS; hop++) {
            Dataset<Row> next = first.select(col("id").as("hop_id"), col("near_first").as("hop_first"));
            first = first.join(next, first.col("near_first").equalTo(next.col("hop_id")), "left")
                    .select(col("id"), coalesce(col("hop_first"), col("near_first")).as("near_first"));
        }
        Dataset<Row> marked = articles.withColumn("near_key", id).join(first.withColumnRenamed("id", "near_id"),
                col("near_key").equalTo(col("near_id")), "left").drop("near_key");
        Column nearFirst = byDate ? expr("substring(near_first, " + (DATE_LENGTH + 2) + ")") : col("near_first");
        return marked.withColumn("duplicate_of", coalesce(col("duplicate_of"), nearFirst))
                .drop("near_id", "near_first").select(articles.columns()[0], rest(articles.columns()));
    }

    private static String[] rest(String[] columns) {
        String[] r = new String[columns.length - 1];
        System.arraycopy(columns, 1, r, 0, r.length);
        return r;
    }

    /** Sorts copies: published time (unknown last), then origin and offset when present, then id. */
    private static Column orderKey(Dataset<Row> articles) {
        Set<String> cols = Set.of(articles.columns());
        List<Column> parts = new ArrayList<>();
        if (cols.contains(DATE)) {
            parts.add(col(DATE).cast("string"));
        }
        parts.add(coalesce(date_format(col("published_at"), "yyyy-MM-dd'T'HH:mm:ss.SSS"), lit("~")));
        if (cols.contains("origin") && cols.contains("origin_offset")) {
            parts.add(col("origin"));
            parts.add(org.apache.spark.sql.functions.lpad(col("origin_offset").cast("string"), 20, "0"));
        }
        parts.add(col("article_id"));
        return concat_ws("|", parts.toArray(new Column[0]));
    }

    /** The distinct word {@code k}-shingles of normalised {@code text} (all words as one shingle when fewer). */
    public static List<String> shingles(String text, int k) {
        if (text == null) {
            return List.of();
        }
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
        String[] words = norm.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip().split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (words.length < k) {
            out.add(String.join(" ", words));
        }
        for (int i = 0; i + k <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + k)));
        }
        return new ArrayList<>(out);
    }
}
