package khabar.jobs.clusters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code train-clusters}: word clusters for the Urdu CRF's distsim features, learnt from unlabeled news text.
 * read ({@code *.txt} lines) → tokenize (feature forms of mostly-Urdu lines) → count words → embed (Word2Vec)
 * → cluster (KMeans over the unit vectors, so that clusters follow cosine similarity) → write
 * ({@link ClusterLexicon}). Every step is one Spark job description and one timing of the summary.
 */
public final class TrainClusters {
    private static final Logger LOG = LoggerFactory.getLogger(TrainClusters.class);
    static final String TOKENS = "tokens";
    private static final String WORD = "word";
    private static final String VECTOR = "vector";
    private static final String UNIT = "unit";
    private static final String CLUSTER = "cluster";
    private static final StructType TOKENS_SCHEMA = new StructType()
            .add(TOKENS, DataTypes.createArrayType(DataTypes.StringType, false), false);
    /** Words whose clusters the summary shows first, when the corpus has them: country, city, weekday, title, institution. */
    static final List<String> PROBES = List.of("پاکستان", "کراچی", "جمعرات", "وزیراعظم", "پولیس");
    static final int SAMPLES = 5;
    static final int SAMPLE_WORDS = 15;

    private TrainClusters() {
    }

    /** The tokenized corpus (cached: every line, those not mostly Urdu without tokens), and the counts of the read. */
    record Corpus(Dataset<Row> cached, long linesRead, long linesUrdu, long tokens) {
        /** The Urdu lines. */
        Dataset<Row> lines() {
            return cached.filter(size(col(TOKENS)).gt(0));
        }
    }

    /** Runs the job and writes {@code options.out()}. */
    public static ClusterRun run(ClusterOptions options, SparkSession spark) throws IOException {
        if (!Files.isDirectory(options.input())) {
            throw new IllegalArgumentException("--input " + options.input() + " is not a folder");
        }
        Steps steps = new Steps(spark);
        Corpus read = steps.run("read and tokenize", () -> tokenize(read(spark, options.input())));
        if (read.linesUrdu() == 0) {
            throw new IllegalArgumentException("no Urdu lines in the *.txt files under " + options.input());
        }
        Corpus corpus = options.maxTokens() > 0 && read.tokens() > options.maxTokens()
                ? steps.run("cap tokens", () -> firstTokens(spark, read, options.maxTokens())) : read;
        Map<String, Long> counts = steps.run("count words", () -> wordCounts(corpus.lines(), options.minCount()));
        if (counts.size() < options.k()) {
            throw new IllegalArgumentException(String.format("only %d words are seen at least --min-count %d times, "
                    + "fewer than --k %d: give more text, or lower --k or --min-count", counts.size(),
                    options.minCount(), options.k()));
        }
        Dataset<Row> vectors = steps.run("embed (Word2Vec)", () -> embed(corpus.lines(), options));
        corpus.cached().unpersist();
        Clustering clustering = steps.run("cluster (KMeans)", () -> cluster(vectors, options));
        Map<String, Integer> clusters = clustering.clusters();
        steps.run("write", () -> {
            ClusterLexicon.write(clusters, options.out());
            return null;
        });
        long covered = 0;
        for (long c : counts.values()) {
            covered += c;
        }
        return new ClusterRun(read.linesRead(), read.linesUrdu(), read.tokens(), corpus.tokens(), clusters.size(), covered,
                options.k(), clustering.cost(), steps.seconds(), ClusterSamples.pick(clusters, counts,
                PROBES, SAMPLES, SAMPLE_WORDS), options.out(), Files.size(options.out()));
    }

    /** Every line of every {@code *.txt} file under {@code dir}, recursively (column {@code value}). */
    static Dataset<Row> read(SparkSession spark, Path dir) {
        return spark.read().option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt")
                .text(dir.toAbsolutePath().toUri().toString());
    }

    /**
     * The feature forms of each line (none for lines that are not mostly Urdu), counted, and the Urdu lines kept
     * (cached: the counts, Word2Vec's vocabulary pass and its training pass all read them).
     */
    static Corpus tokenize(Dataset<Row> lines) {
        Dataset<Row> all = lines.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            ClusterTokens tokens = new ClusterTokens();
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    return RowFactory.create((Object) tokens.forms(it.next().getString(0)).toArray(new String[0]));
                }
            };
        }, Encoders.row(TOKENS_SCHEMA)).persist(StorageLevel.MEMORY_AND_DISK());
        Row c = all.agg(count("*"), count(when(size(col(TOKENS)).gt(0), true)), sum(size(col(TOKENS)))).first();
        long tokens = c.isNullAt(2) ? 0 : c.getLong(2);
        return new Corpus(all, c.getLong(0), c.getLong(1), tokens);
    }

    /** The corpus cut to its first {@code max} tokens ({@link TokenCap}), cached and counted; the whole one uncached. */
    static Corpus firstTokens(SparkSession spark, Corpus corpus, long max) {
        Dataset<Row> capped = TokenCap.firstTokens(spark, corpus.lines(), TOKENS, corpus.tokens(), max)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Row r = capped.agg(count("*"), sum(size(col(TOKENS)))).first();
        corpus.cached().unpersist();
        return new Corpus(capped, corpus.linesRead(), r.getLong(0), r.getLong(1));
    }

    /** Each word seen at least {@code minCount} times, with its count: the vocabulary Word2Vec keeps too. */
    static Map<String, Long> wordCounts(Dataset<Row> lines, int minCount) {
        List<Row> rows = lines.select(explode(col(TOKENS)).as(WORD)).groupBy(WORD).count()
                .filter(col("count").geq(minCount)).collectAsList();
        Map<String, Long> out = new HashMap<>(rows.size() * 2);
        for (Row r : rows) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    /** Word2Vec (skip-gram, hierarchical softmax) over the lines: one row per vocabulary word, its vector. */
    static Dataset<Row> embed(Dataset<Row> lines, ClusterOptions o) {
        LOG.info("khabar: Word2Vec dim {} window {} min-count {} over {} partition(s), {} iteration(s)", o.dim(),
                o.window(), o.minCount(), o.partitions(), o.iterations());
        return new Word2Vec().setInputCol(TOKENS).setOutputCol(VECTOR).setVectorSize(o.dim())
                .setWindowSize(o.window()).setMinCount(o.minCount()).setSeed(o.seed()).setNumPartitions(o.partitions())
                .setMaxIter(o.iterations()).fit(lines).getVectors();
    }

    /**
     * KMeans over the L2-normalized vectors: on unit vectors the squared Euclidean distance is 2 - 2 cos, so the
     * nearest centre is the most cosine-similar one, and Spark's block solver (matrix products) applies. The
     * vectors are range-partitioned and sorted by word first: KMeans then sees the same rows in the same order
     * whatever order Word2Vec's map gives them, and its tasks no longer carry the vectors of a local relation.
     */
    static Clustering cluster(Dataset<Row> vectors, ClusterOptions o) {
        int partitions = vectors.sparkSession().sparkContext().defaultParallelism();
        Dataset<Row> unit = new Normalizer().setP(2).setInputCol(VECTOR).setOutputCol(UNIT).transform(vectors)
                .repartitionByRange(partitions, col(WORD)).sortWithinPartitions(WORD);
        KMeansModel m = new KMeans().setK(o.k()).setSeed(o.seed()).setFeaturesCol(UNIT).setPredictionCol(CLUSTER)
                .setSolver("block").fit(unit);
        LOG.info("khabar: KMeans k {} converged in {} iteration(s), cost {}", o.k(), m.summary().numIter(),
                m.summary().trainingCost());
        Map<String, Integer> out = new HashMap<>();
        for (Row r : m.summary().predictions().select(WORD, CLUSTER).collectAsList()) {
            out.put(r.getString(0), r.getInt(1));
        }
        return new Clustering(out, m.summary().trainingCost());
    }

    /** Each word's cluster, and KMeans' cost (sum of squared distances to the centres). */
    record Clustering(Map<String, Integer> clusters, double cost) {
    }

    /** Runs named steps: a Spark job description each, and their seconds in run order. */
    static final class Steps {
        interface Step<T> {
            T run() throws IOException;
        }

        private final SparkSession spark;
        private final Map<String, Double> seconds = new LinkedHashMap<>();

        Steps(SparkSession spark) {
            this.spark = spark;
        }

        <T> T run(String name, Step<T> step) throws IOException {
            spark.sparkContext().setJobDescription("train-clusters: " + name);
            LOG.info("khabar: train-clusters: {}", name);
            long start = System.nanoTime();
            try {
                return step.run();
            } finally {
                seconds.merge(name, (System.nanoTime() - start) / 1e9, Double::sum);
                spark.sparkContext().setJobDescription(null);
            }
        }

        Map<String, Double> seconds() {
            return seconds;
        }
    }
}
