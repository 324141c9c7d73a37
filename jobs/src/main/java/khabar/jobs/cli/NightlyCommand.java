package khabar.jobs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.nightly.DumpDates;
import khabar.jobs.nightly.FirstTask;
import khabar.jobs.nightly.JobModels;
import khabar.jobs.nightly.NightlyJob;
import khabar.jobs.nightly.RunRecord;
import khabar.jobs.stages.AnalyseListener;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar nightly}: process one dump date and replace its rows in every table. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Read one date's dumps and replace that date in every table (articles, sentences, "
                + "entities, events, rejects; one ledger row in runs).")
final class NightlyCommand implements Callable<Integer> {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "dump date to process (default: the newest date folder the input template finds)")
    LocalDate date;

    @Option(names = "--input", paramLabel = "TEMPLATE",
            description = "input path template with {date}, {yyyy}, {MM}, {dd} (khabar.input)")
    String input;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        KhabarConfig config = configOptions.loadForJob(input);
        long start = System.nanoTime();
        JobModels.warmUpIfLocal(config);
        try (SparkSession spark = SparkSessions.create("khabar nightly", config.master(), config.shufflePartitions())) {
            FirstTask firstTask = FirstTask.register(spark.sparkContext());
            LocalDate d = date != null ? date
                    : DumpDates.newest(config.input(), spark.sparkContext().hadoopConfiguration());
            RunRecord run = NightlyJob.run(new NightlyJob.Options(d, "nightly", config, AnalyseListener.NONE), spark);
            System.out.println(Summary.of(run, config.warehouse(), (System.nanoTime() - start) / 1e9));
            System.out.println(Summary.startup(firstTask.secondsFromJvmStart()));
        }
        return 0;
    }
}
