package khabar.jobs.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.jobs.SparkSessions;
import khabar.jobs.clusters.ClusterOptions;
import khabar.jobs.clusters.ClusterRun;
import khabar.jobs.clusters.TrainClusters;
import khabar.jobs.config.KhabarConfig;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar train-clusters}: Word2Vec + KMeans word clusters of unlabeled Urdu text, for the CRF's distsim features. */
@Command(name = "train-clusters", mixinStandardHelpOptions = true,
        description = "Learn word clusters from unlabeled Urdu text (*.txt under --input, one article or paragraph a "
                + "line): Word2Vec vectors of the NER's token forms, KMeans over them; write the CoreNLP distsim "
                + "lexicon (word<TAB>cluster, sorted; gzipped if --out ends in .gz).")
final class TrainClustersCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of *.txt files, read recursively")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the cluster lexicon to write")
    Path out;

    @Option(names = "--k", defaultValue = "" + ClusterOptions.DEFAULT_K, paramLabel = "N",
            description = "number of clusters; default ${DEFAULT-VALUE}")
    int k;

    @Option(names = "--dim", defaultValue = "" + ClusterOptions.DEFAULT_DIM, paramLabel = "N",
            description = "Word2Vec vector size; default ${DEFAULT-VALUE}")
    int dim;

    @Option(names = "--min-count", defaultValue = "" + ClusterOptions.DEFAULT_MIN_COUNT, paramLabel = "N",
            description = "words seen fewer times get no cluster; default ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--window", defaultValue = "" + ClusterOptions.DEFAULT_WINDOW, paramLabel = "N",
            description = "Word2Vec context words on each side; default ${DEFAULT-VALUE}")
    int window;

    @Option(names = "--seed", defaultValue = "" + ClusterOptions.DEFAULT_SEED, paramLabel = "N",
            description = "seed of Word2Vec and KMeans; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--max-tokens", defaultValue = "0", paramLabel = "N",
            description = "train on the first N tokens of the Urdu lines only (0: all); default ${DEFAULT-VALUE}")
    long maxTokens;

    @Option(names = "--partitions", defaultValue = "" + ClusterOptions.DEFAULT_PARTITIONS, paramLabel = "N",
            description = "Word2Vec partitions trained in parallel: faster, but above 1 the file is not reproducible "
                    + "(the tasks race on shared vectors); default ${DEFAULT-VALUE}")
    int partitions;

    @Option(names = "--iterations", defaultValue = "" + ClusterOptions.DEFAULT_ITERATIONS, paramLabel = "N",
            description = "Word2Vec passes over the text; default ${DEFAULT-VALUE}")
    int iterations;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        ClusterOptions options = new ClusterOptions(input, out, k, dim, minCount, window, seed, maxTokens, partitions,
                iterations);
        KhabarConfig config = configOptions.load(Map.of());
        System.err.println("khabar: train-clusters\n" + options.describe() + "  master      = " + config.master());
        try (SparkSession spark = SparkSessions.create("khabar train-clusters", config.master(),
                config.shufflePartitions())) {
            ClusterRun run = TrainClusters.run(options, spark);
            System.out.print(run.toText());
        }
        return 0;
    }
}
