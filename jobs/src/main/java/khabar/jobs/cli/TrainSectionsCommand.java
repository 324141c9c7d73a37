package khabar.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.sections.SectionModel;
import khabar.jobs.sections.TrainSections;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar train-sections}: the section model (Spark ML pipeline) from weak-labelled text. */
@Command(name = "train-sections", mixinStandardHelpOptions = true,
        description = "Train the article section model (hashed words, word pairs and character n-grams -> "
                + "logistic regression, one Spark ML PipelineModel for all languages) on <language>.tsv files of "
                + "label<TAB>text lines under --input (bin/extract-sections-data writes them), and write it with "
                + "write() to --out (the shipped one: jobs/src/main/resources/khabar/sections/model).")
final class TrainSectionsCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of <language>.tsv files")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the model folder to write (replaced)")
    Path out;

    @Option(names = "--num-features", defaultValue = "" + SectionModel.Settings.DEFAULT_NUM_FEATURES, paramLabel = "N",
            description = "hash buckets (the model holds 9 x N coefficients); default ${DEFAULT-VALUE}")
    int numFeatures;

    @Option(names = "--char-ngrams", defaultValue = "3-4", paramLabel = "MIN-MAX",
            description = "lengths of the character n-grams of each word; default ${DEFAULT-VALUE}")
    String charNgrams;

    @Option(names = "--max-chars", defaultValue = "1000", paramLabel = "N",
            description = "characters of each article read; default ${DEFAULT-VALUE}")
    int maxChars;

    @Option(names = "--reg-param", defaultValue = "" + SectionModel.Settings.DEFAULT_REG_PARAM, paramLabel = "X",
            description = "L2 regularization of the logistic regression; default ${DEFAULT-VALUE}")
    double regParam;

    @Option(names = "--max-iter", defaultValue = "60", paramLabel = "N", description = "L-BFGS iterations; default ${DEFAULT-VALUE}")
    int maxIter;

    @Option(names = "--max-per-label", defaultValue = "800", paramLabel = "N",
            description = "articles kept per language and label (by a hash of the text); default ${DEFAULT-VALUE}")
    int maxPerLabel;

    @Option(names = "--holdout", defaultValue = "0.1", paramLabel = "F",
            description = "share of the articles (by a hash of the text) kept out of training and scored; default ${DEFAULT-VALUE}")
    double holdout;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "seed of the hashes; default ${DEFAULT-VALUE}")
    long seed;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        String[] n = charNgrams.split("-");
        if (n.length != 2) {
            throw new IllegalArgumentException("--char-ngrams: expected MIN-MAX, e.g. 3-4, got " + charNgrams);
        }
        if (holdout < 0 || holdout >= 1) {
            throw new IllegalArgumentException("--holdout: expected 0 <= F < 1, got " + holdout);
        }
        SectionModel.Settings settings = new SectionModel.Settings(List.of(), numFeatures, Integer.parseInt(n[0].strip()),
                Integer.parseInt(n[1].strip()), maxChars, regParam, maxIter);
        TrainSections.Options options = new TrainSections.Options(input, out, settings, maxPerLabel, holdout, seed);
        KhabarConfig config = configOptions.load(Map.of());
        System.err.println("khabar: train-sections " + options + "  master = " + config.master());
        try (SparkSession spark = SparkSessions.create("khabar train-sections", config.master(), config.shufflePartitions())) {
            System.out.print(TrainSections.run(options, spark).toText());
        }
        return 0;
    }
}
