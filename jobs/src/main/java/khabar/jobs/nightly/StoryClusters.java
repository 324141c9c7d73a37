package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import khabar.core.text.TextReuse;
import khabar.core.urdu.UrduNormalizer;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.TableSpec;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Story clusters: articles that tell the same story (a wire story and the newspapers' rewrites of it: lead
 * rewritten, paragraphs reordered and cut, a local quote added, numbers and titles respelled) get one
 * {@code story_id}, within a dump date and across the dates of a group (a backfill's), independent of
 * {@code duplicate_of}. Reads articles with {@code article_id}, {@code text}, {@code duplicate_of} (and
 * {@code dump_date} when present); writes the same rows with {@link ArticlesTable#STORY_ID}.
 * <p>
 * How (docs/stories.md): the first copies' texts (Urdu normalized first, {@link UrduNormalizer}) as word
 * {@code shingleWords}-shingles, MinHash values in {@code bands} bands of {@code rowsPerBand}
 * ({@link MinHashBands}); articles that share a band key and whose sketches agree as a pair at
 * {@code candidateJaccard} would are candidates ({@link BandCandidates}: linear in the articles, large buckets
 * gathered); each candidate pair is verified by sentence alignment ({@link TextReuse}). The verified pairs and
 * the {@code duplicate_of} links (a copy is in its first copy's story) are few: they are brought to the driver
 * and joined into connected components there (union-find); a story's id is 32 hex chars of SHA-256 of the
 * smallest {@code dump_date|article_id} of its component, an article alone is a story of one.
 */
public final class StoryClusters {
    /**
     * @param shingleWords     words per shingle of the candidate signatures
     * @param bands            LSH bands
     * @param rowsPerBand      MinHash values that must all agree within a band
     * @param candidateJaccard the shingle Jaccard a candidate pair's sketches must look like at least (60 % of
     *                         the places such a pair is expected to agree at), before it is verified
     * @param maxClique        see {@link NearDuplicates.Settings#maxClique}
     * @param maxShingleArticles a shingle found in more first copies of the group than this is stock phrasing
     *                         ("said on Tuesday", a grammar's phrases), not a story's: it is left out of the
     *                         signatures (not out of the verification). It also bounds every band bucket to this
     *                         many articles, so candidates cannot grow as N² with common phrases
     * @param reuse            the verification of a candidate pair
     */
    public record Settings(int shingleWords, int bands, int rowsPerBand, double candidateJaccard, int maxClique,
                           int maxShingleArticles, TextReuse reuse) implements Serializable {
        public Settings {
            if (shingleWords < 1 || bands < 1 || rowsPerBand < 1 || !(candidateJaccard > 0 && candidateJaccard <= 1)
                    || maxClique < 2 || maxShingleArticles < 2 || reuse == null) {
                throw new IllegalArgumentException("bad story settings: " + shingleWords + ", " + bands + ", "
                        + rowsPerBand + ", " + candidateJaccard + ", " + maxClique + ", " + maxShingleArticles + ", " + reuse);
            }
        }

        /**
         * Word 3-shingles, 120 bands of 2 values (a pair at 3-shingle Jaccard 0.17, the lowest rewrite of the dev
         * fixtures, is a candidate with probability 0.97; at 0.2 0.993; at 0.01 0.012), candidates whose sketches
         * look like Jaccard 0.15 or more (21 of 240 places), shingles of more than 100 first copies left out,
         * verified by {@link TextReuse#defaults()} (docs/stories.md).
         */
        public static Settings defaults() {
            return new Settings(3, 120, 2, 0.15, 16, 100, TextReuse.defaults());
        }

        /** The same settings with another verification. */
        public Settings withReuse(TextReuse r) {
            return new Settings(shingleWords, bands, rowsPerBand, candidateJaccard, maxClique, maxShingleArticles, r);
        }

        /** Probability that a pair at shingle Jaccard {@code j} becomes a candidate. */
        public double candidateProbability(double j) {
            return 1 - Math.pow(1 - Math.pow(j, rowsPerBand), bands);
        }
    }

    /** What {@link #assign} found: the articles with story ids, and the pairs looked at (for reports and tests). */
    public record Result(Dataset<Row> articles, long candidatePairs, long verifiedPairs, int stockShingles) {
    }

    private static final long SEED = 20240716L;
    private static final String DATE = TableSpec.PARTITION_COLUMN;
    private static final StructType SIGNATURE = new StructType()
            .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("sketch", DataTypes.BinaryType, false);
    private static final StructType ROOTS = new StructType().add("story_node", DataTypes.StringType, false)
            .add("story_root", DataTypes.StringType, false);

    private StoryClusters() {
    }

    public static Result assign(SparkSession spark, Dataset<Row> articles) {
        return assign(spark, articles, Settings.defaults());
    }

    /**
     * The articles with {@link ArticlesTable#STORY_ID} (last column). Runs the Spark jobs that find the pairs
     * now; the returned rows join the stories found to the articles lazily.
     */
    public static Result assign(SparkSession spark, Dataset<Row> articles, Settings settings) {
        MinHashBands kernel = new MinHashBands(settings.shingleWords(), settings.bands(), settings.rowsPerBand(), SEED);
        boolean byDate = List.of(articles.columns()).contains(DATE);
        Column id = byDate ? concat_ws("|", col(DATE).cast("string"), col(ArticlesTable.ARTICLE_ID)) : col(ArticlesTable.ARTICLE_ID);
        UserDefinedFunction shingles = udf((UDF1<String, long[]>) t -> kernel.shingleSet(UrduNormalizer.normalize(t)),
                DataTypes.createArrayType(DataTypes.LongType, false));
        Dataset<Row> sets = articles.filter(col(ArticlesTable.DUPLICATE_OF).isNull())
                .select(id.as("id"), col(ArticlesTable.TEXT).as("text"), shingles.apply(col(ArticlesTable.TEXT)).as("set"))
                .filter(org.apache.spark.sql.functions.size(col("set")).gt(0))
                .localCheckpoint(true, StorageLevel.DISK_ONLY());
        // stock phrasing: shingles of more than maxShingleArticles first copies (a hash aggregate; few come back)
        long[] common = sets.select(explode(col("set")).as("h")).groupBy(col("h")).count()
                .filter(col("count").gt(settings.maxShingleArticles())).select(col("h")).collectAsList().stream()
                .mapToLong(r -> r.getLong(0)).sorted().toArray();
        Broadcast<long[]> stock = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(common);
        UserDefinedFunction signature = udf((UDF1<scala.collection.Seq<Object>, Row>) set -> {
            long[] own = withoutStock(set, stock.value());
            long[] minHashes = kernel.minHashes(own);
            return RowFactory.create(kernel.bandKeys(minHashes), MinHashBands.sketch(minHashes));
        }, SIGNATURE);
        TextReuse reuse = settings.reuse();
        // the verification's profile of each text, made once and carried to every candidate pair the text is in
        UserDefinedFunction profile = udf((UDF1<String, byte[]>) t -> TextReuse.pack(reuse.profile(t)), DataTypes.BinaryType);
        Dataset<Row> signed = sets.select(col("id"), profile.apply(col("text")).as("text"), signature.apply(col("set")).as("sig"))
                .filter(org.apache.spark.sql.functions.size(col("sig.bands")).gt(0))
                .withColumn("n", monotonically_increasing_id())
                .localCheckpoint(true, StorageLevel.DISK_ONLY());
        sets.unpersist();
        // band keys are not mixed with the date: in a group of dates a story is followed across its dates
        Dataset<Row> buckets = signed.select(col("n"), explode(col("sig.bands")).as("bucket"));
        Dataset<Row> sketches = signed.select(col("n"), col("sig.sketch").as("sketch"));
        int minMatches = MinHashBands.minSketchMatches(settings.candidateJaccard(), settings.bands() * settings.rowsPerBand());
        Dataset<Row> candidates = BandCandidates.pairs(buckets, sketches, minMatches, settings.maxClique())
                .localCheckpoint();
        UserDefinedFunction sameStory = udf((UDF2<byte[], byte[], Boolean>) (a, b) ->
                reuse.sameStory(TextReuse.unpack(a), TextReuse.unpack(b)), DataTypes.BooleanType);
        Dataset<Row> texts = signed.select(col("n"), col("id"), col("text"));
        List<Row> verified = candidates
                .join(texts.select(col("n").as("ta_n"), col("id").as("a_id"), col("text").as("a_text")), col("a_n").equalTo(col("ta_n")))
                .join(texts.select(col("n").as("tb_n"), col("id").as("b_id"), col("text").as("b_text")), col("b_n").equalTo(col("tb_n")))
                .filter(sameStory.apply(col("a_text"), col("b_text")))
                .select(col("a_id"), col("b_id")).collectAsList();
        // a copy is in its first copy's story (duplicate_of points at an article of the same date)
        Column firstId = byDate ? concat_ws("|", col(DATE).cast("string"), col(ArticlesTable.DUPLICATE_OF))
                : col(ArticlesTable.DUPLICATE_OF);
        List<Row> copies = articles.filter(col(ArticlesTable.DUPLICATE_OF).isNotNull())
                .select(id.as("a_id"), firstId.as("b_id")).collectAsList();
        UnionFind stories = new UnionFind();
        verified.forEach(r -> stories.union(r.getString(0), r.getString(1)));
        copies.forEach(r -> stories.union(r.getString(0), r.getString(1)));
        List<Row> roots = new ArrayList<>();
        stories.roots().forEach((node, root) -> roots.add(RowFactory.create(node, root)));
        Dataset<Row> rootRows = spark.createDataFrame(roots, ROOTS);
        Dataset<Row> out = articles.withColumn("story_node", id)
                .join(org.apache.spark.sql.functions.broadcast(rootRows), "story_node", "left")
                .withColumn(ArticlesTable.STORY_ID, substring(sha2(coalesce(col("story_root"), col("story_node")), 256), 1, 32))
                .drop("story_node", "story_root");
        long candidateCount = candidates.count();
        signed.unpersist();
        stock.destroy();
        return new Result(out, candidateCount, verified.size(), common.length);
    }

    /** The shingle hashes of {@code set} that are not in the sorted {@code stock}. */
    static long[] withoutStock(scala.collection.Seq<Object> set, long[] stock) {
        long[] out = new long[set.size()];
        int k = 0;
        scala.collection.Iterator<Object> it = set.iterator();
        while (it.hasNext()) {
            long h = (Long) it.next();
            if (java.util.Arrays.binarySearch(stock, h) < 0) {
                out[k++] = h;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Connected components of string nodes; each node's root is the smallest node of its component. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                // the smaller stays the root, so a component's root is its smallest node
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }

        String find(String x) {
            String root = x;
            String p;
            while ((p = parent.get(root)) != null && !p.equals(root)) {
                root = p;
            }
            parent.putIfAbsent(x, x);
            String cur = x;
            while (!cur.equals(root)) { // path compression
                String next = parent.get(cur);
                parent.put(cur, root);
                cur = next;
            }
            return root;
        }

        Map<String, String> roots() {
            Map<String, String> out = new HashMap<>();
            for (String node : List.copyOf(parent.keySet())) {
                out.put(node, find(node));
            }
            return out;
        }
    }
}
