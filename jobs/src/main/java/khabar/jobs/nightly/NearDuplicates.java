package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Stage 3b, near-duplicate detection (after exact deduplication, {@link MarkDuplicates}). Reads:
 * articles with {@code article_id}, {@code text}, {@code published_at}, {@code duplicate_of} (and
 * {@code origin}, {@code origin_offset} when present, to order copies published at the same time).
 * Writes: the same rows, with {@code duplicate_of} set for near-copies (newspaper rewrites of one wire
 * story: new headline, trimmed or reordered paragraphs, words changed) to the first copy, earliest
 * published first. Rows already marked as exact duplicates keep their mark and take no part.
 * <p>
 * How (docs/input.md, "Deduplication"): each text's word {@code shingleWords}-shingles (normalised: NFKC,
 * lower case, Arabic ي ك as Urdu ی ک, everything but letters and digits a space) as 64-bit hashes,
 * {@code bands × rowsPerBand} MinHash values, one LSH key per band and a 1-byte-a-value sketch of the
 * values ({@link MinHashBands}). Articles that share a band key are candidates (probability
 * {@code 1 - (1 - J^r)^b} for a pair at Jaccard J); the band join carries two longs a row (the article's
 * number and the band key) and pairs every two articles of a bucket of at most {@code maxClique}; a larger
 * bucket gathers its members' sketches and gives only the pairs whose sketches agree enough. The distinct
 * candidate pairs then fetch their sketches and drop those that
 * agree far less than {@code minJaccard} needs, and the survivors fetch their shingle sets to keep those
 * whose exact Jaccard reaches {@code minJaccard}. Each article points at the earliest article it is near,
 * followed for two more hops so that a chain of copies points at one first copy. The signatures and the
 * nearest-first pairs are materialized once ({@code localCheckpoint}; the signatures on local disk).
 */
public final class NearDuplicates {
    /**
     * @param minJaccard   word-shingle Jaccard similarity from which two texts are copies (see docs/input.md)
     * @param shingleWords words per shingle
     * @param bands        LSH bands (more: fewer missed pairs, more candidates and work)
     * @param rowsPerBand  MinHash values that must all agree within a band (more: fewer chance candidates)
     * @param maxClique    a band bucket of at most this many articles makes every two of them a candidate pair
     *                     (numbers only, checked against their sketches later); in a larger one (a shingle common
     *                     to many stories, or one story copied many times) the bucket's members and sketches are
     *                     gathered and only the pairs whose sketches agree enough come out: the same candidates,
     *                     without a Spark row for every two members of a bucket of thousands
     */
    public record Settings(double minJaccard, int shingleWords, int bands, int rowsPerBand, int maxClique)
            implements Serializable {
        public Settings {
            if (!(minJaccard > 0 && minJaccard <= 1) || shingleWords < 1 || bands < 1 || rowsPerBand < 1 || maxClique < 2) {
                throw new IllegalArgumentException("bad near-duplicate settings: " + minJaccard + ", " + shingleWords
                        + ", " + bands + ", " + rowsPerBand + ", " + maxClique);
            }
        }

        /** The same settings with another {@link #maxClique}. */
        public Settings withMaxClique(int max) {
            return new Settings(minJaccard, shingleWords, bands, rowsPerBand, max);
        }

        /**
         * Jaccard 0.2 over word 5-shingles, 80 bands of 2 MinHash values: on the fixture of docs/input.md
         * rewrites score 0.24–0.90 against their original or each other, different stories 0.00–0.01. A pair
         * at Jaccard 0.2 becomes a candidate with probability 1 - (1 - 0.2²)^80 = 0.96, at 0.24 with 0.99, at
         * 0.3 with 0.9995; a pair at 0.05 with 0.18 and one at 0.01 with 0.008 (checked exactly afterwards).
         * Buckets of more than 16 articles are paired inside the bucket (docs/input.md, "Deduplication").
         */
        public static Settings defaults() {
            return new Settings(0.2, 5, 80, 2, 16);
        }

        /** Probability that a pair at Jaccard {@code j} becomes a candidate. */
        public double candidateProbability(double j) {
            return 1 - Math.pow(1 - Math.pow(j, rowsPerBand), bands);
        }
    }

    private static final int HOPS = 2;
    private static final long SEED = 20240712L;
    private static final String DATE = khabar.jobs.tables.TableSpec.PARTITION_COLUMN;
    /** Length of a date as text (yyyy-MM-dd), the prefix of a candidate id in a group of dates. */
    private static final int DATE_LENGTH = 10;
    private static final StructType SIGNATURE = new StructType()
            .add("set", DataTypes.BinaryType, false)
            .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("sketch", DataTypes.BinaryType, false);

    private NearDuplicates() {
    }

    public static Dataset<Row> mark(Dataset<Row> articles) {
        return mark(articles, Settings.defaults());
    }

    public static Dataset<Row> mark(Dataset<Row> articles, Settings settings) {
        MinHashBands kernel = new MinHashBands(settings.shingleWords(), settings.bands(), settings.rowsPerBand(), SEED);
        UserDefinedFunction signature = udf((UDF1<String, Row>) t -> {
            long[] set = kernel.shingleSet(t);
            long[] minHashes = kernel.minHashes(set);
            return RowFactory.create(MinHashBands.pack(set), kernel.bandKeys(minHashes), MinHashBands.sketch(minHashes));
        }, SIGNATURE);
        // with a dump_date column (a group of dates) copies are looked for within each date only: the
        // candidates' id is "<date>|<article_id>" (article ids may repeat across dates), the band join
        // also matches the date, and the order key starts with the date
        boolean byDate = List.of(articles.columns()).contains(DATE);
        Column id = byDate ? concat_ws("|", col(DATE).cast("string"), col("article_id")) : col("article_id");
        Dataset<Row> signed = articles.filter(col("duplicate_of").isNull())
                .select(id.as("id"), orderKey(articles).as("key"), (byDate ? col(DATE).cast("string") : lit("")).as("grp"),
                        signature.apply(col("text")).as("sig"))
                .withColumn("n", monotonically_increasing_id())
                // on local disk, not in the heap: ≈ 3.3 KB an article (the shingle set is most of it), read
                // back by the band join, the sketch filter and the exact Jaccard
                .localCheckpoint(true, StorageLevel.DISK_ONLY());
        // the band join carries two longs a row: the article's number and its band key (mixed with the date
        // in a group of dates); all else is fetched for the few candidate pairs only
        Dataset<Row> buckets = signed.select(col("n"), col("grp"), explode(col("sig.bands")).as("bucket"))
                .select(col("n"), (byDate ? xxhash64(col("grp"), col("bucket")) : col("bucket")).as("bucket"));
        int minMatches = MinHashBands.minSketchMatches(settings.minJaccard(), settings.bands() * settings.rowsPerBand());
        Dataset<Row> sketches = signed.select(col("n"), col("sig.sketch").as("sketch"));
        Dataset<Row> candidatePairs = BandCandidates.pairs(buckets, sketches, minMatches, settings.maxClique());
        Dataset<Row> sets = signed.select(col("n"), col("id"), col("key"), col("grp"), col("sig.set").as("set"));
        UserDefinedFunction jaccard = udf((UDF2<byte[], byte[], Double>) MinHashBands::jaccard, DataTypes.DoubleType);
        Dataset<Row> near = candidatePairs
                .join(sets.select(col("n").as("ja_n"), col("id").as("a_id"), col("key").as("a_key"),
                        col("grp").as("a_grp"), col("set").as("a_set")), col("a_n").equalTo(col("ja_n")))
                .join(sets.select(col("n").as("jb_n"), col("id").as("b_id"), col("key").as("b_key"),
                        col("grp").as("b_grp"), col("set").as("b_set")), col("b_n").equalTo(col("jb_n")))
                .filter(col("a_grp").equalTo(col("b_grp")).and(jaccard.apply(col("a_set"), col("b_set"))
                        .geq(settings.minJaccard())));
        // each pair points the later copy (by order key) at the earlier one
        Column aFirst = col("a_key").lt(col("b_key"));
        Dataset<Row> pairs = near.select(when(aFirst, col("b_id")).otherwise(col("a_id")).as("id"),
                when(aFirst, col("a_key")).otherwise(col("b_key")).as("first_key"),
                when(aFirst, col("a_id")).otherwise(col("b_id")).as("first_id"));
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

    /**
     * The distinct word {@code k}-shingles of normalised {@code text} as strings (all words as one shingle
     * when fewer): the readable form of what {@link MinHashBands#shingleSet} hashes.
     */
    public static List<String> shingles(String text, int k) {
        if (text == null) {
            return List.of();
        }
        String[] words = MinHashBands.words(text);
        if (words.length == 0) {
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
