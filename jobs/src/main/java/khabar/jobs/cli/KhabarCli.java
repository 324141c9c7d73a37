package khabar.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code khabar}: the command line of the jobs jar (bin/khabar and spark-submit both enter here). */
@Command(name = "khabar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "News-analytics pipeline on Apache Spark: tokens, entities and events from news dumps.",
        subcommands = {NightlyCommand.class, BackfillCommand.class, StatusCommand.class, SqlCommand.class,
            TrainNerCommand.class, TrainClustersCommand.class, EvalNerCommand.class, EvalQuotesCommand.class,
            EvalToneCommand.class, InduceNamesCommand.class, TrainSectionsCommand.class, EvalSectionsCommand.class})
public final class KhabarCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: nightly, backfill, status, sql, train-ner, train-clusters, eval-ner, eval-quotes, "
                + "eval-tone, induce-names, train-sections, eval-sections (the benchmark, bin/khabar bench, is in the bench module)");
    }

    public static void main(String[] args) {
        int code = new CommandLine(new KhabarCli())
                .setExecutionExceptionHandler(new ErrorHandler())
                .execute(args);
        System.exit(code);
    }
}
