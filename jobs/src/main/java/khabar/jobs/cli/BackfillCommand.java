package khabar.jobs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;

import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.nightly.Backfill;
import khabar.jobs.nightly.FirstTask;
import khabar.jobs.nightly.JobModels;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar backfill}: the nightly job over a range of dates, resumable. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Run the nightly job for every date from --from to --to (inclusive), skipping dates the "
                + "run ledger shows complete unless --force. Rerun the same command to resume.")
final class BackfillCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first date")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last date (inclusive)")
    LocalDate to;

    @Option(names = "--force", description = "rerun dates that are already complete")
    boolean force;

    @Option(names = "--input", paramLabel = "TEMPLATE", description = "input path template (khabar.input)")
    String input;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        KhabarConfig config = configOptions.loadForJob(input);
        AtomicBoolean stop = new AtomicBoolean();
        Backfill.Result r;
        OptionalDouble startup;
        JobModels.warmUpIfLocal(config);
        try (SparkSession spark = SparkSessions.create("khabar backfill", config.master(), config.shufflePartitions())) {
            FirstTask firstTask = FirstTask.register(spark.sparkContext());
            StopOnInterrupt.install(stop); // after the session: Spark registers signal handlers of its own
            r = Backfill.run(spark, config, from, to, force, stop::get);
            startup = firstTask.secondsFromJvmStart();
        }
        System.out.printf("khabar backfill %s..%s: %d done, %d already complete, %d without input, %d failed%s%n",
                from, to, r.done().size(), r.skipped().size(), r.noInput().size(), r.failed().size(),
                r.stopped() ? " (stopped early)" : "");
        System.out.println(Summary.startup(startup));
        if (!r.failed().isEmpty()) {
            System.out.println("failed dates: " + r.failed() + " (see bin/khabar status)");
            return ErrorHandler.FAILED;
        }
        return r.stopped() ? StopOnInterrupt.EXIT_CODE : 0;
    }
}
