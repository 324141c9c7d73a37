package khabar.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.core.lang.LanguageRegistry;
import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.sections.SectionEvaluation;
import khabar.jobs.sections.SectionGold;
import khabar.jobs.sections.ShippedSectionModel;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar eval-sections}: the section model over a labelled file, scored per label. */
@Command(name = "eval-sections", mixinStandardHelpOptions = true,
        description = "Classify the articles of a label<TAB>text file (one article a line) with the section model "
                + "and print precision, recall and F1 per label, accuracy and macro-F1; --json ends with one JSON line.")
final class EvalSectionsCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur|en", description = "language of the file's articles")
    String lang;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "label<TAB>text, one article a line")
    Path gold;

    @Option(names = "--model", paramLabel = "DIR", description = "a model written by train-sections instead of the shipped one")
    String model;

    @Option(names = "--json", description = "end with one JSON line: accuracy, macro_f1, per_label, items, items_per_second")
    boolean json;

    @Option(names = "--errors", description = "also list the articles classified wrongly (for dev sets only)")
    boolean errors;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        LanguageRegistry.get(lang);
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("--gold " + gold + " does not exist");
        }
        SectionGold set = SectionGold.read(gold);
        KhabarConfig config = configOptions.load(Map.of());
        try (SparkSession spark = SparkSessions.create("khabar eval-sections", config.master(), config.shufflePartitions())) {
            PipelineModel m = model == null ? ShippedSectionModel.get() : ShippedSectionModel.at(model);
            SectionEvaluation.Result r = SectionEvaluation.evaluate(spark, m, lang, set);
            if (errors) {
                for (int i = 0; i < set.labels().size(); i++) {
                    if (!set.labels().get(i).equals(r.predicted().get(i))) {
                        String text = set.texts().get(i);
                        System.out.println("gold " + set.labels().get(i) + " predicted " + r.predicted().get(i) + ": "
                                + text.substring(0, Math.min(120, text.length())));
                    }
                }
            }
            System.out.print(r.scores().toTable());
            if (json) {
                System.out.println(r.scores().toJson());
            }
        }
        return 0;
    }
}
