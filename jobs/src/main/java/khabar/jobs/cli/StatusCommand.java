package khabar.jobs.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.nightly.DumpDates;
import khabar.jobs.nightly.RunLedger;
import khabar.jobs.sql.ResultFormat;
import khabar.jobs.sql.ResultPrinter;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar status}: recent runs, and which dates are complete, failed, interrupted or missing. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show recent runs and which dump dates are complete, failed, interrupted or missing.")
final class StatusCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "recent runs to show (default ${DEFAULT-VALUE})")
    int recent;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        KhabarConfig config = configOptions.load(Map.of());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SparkSession spark = SparkSessions.create("khabar status", config.master(), config.shufflePartitions())) {
            Warehouse warehouse = new Warehouse(spark, config.warehouse());
            warehouse.recover().forEach(d -> out.println("finished the interrupted commit of " + d));
            RunLedger ledger = new RunLedger(warehouse);
            Dataset<Row> runs = ledger.runs().orderBy(org.apache.spark.sql.functions.desc("started_at"))
                    .selectExpr("run_id", "cast(dump_date as string) dump_date", "mode", "status",
                            "cast(started_at as string) started_at", "round(seconds, 1) seconds", "articles",
                            "rejects", "message").limit(recent);
            out.println("recent runs in " + config.warehouse() + ":");
            ResultPrinter.print(runs.schema(), runs.collectAsList(), ResultFormat.TABLE, out);
            Map<LocalDate, RunLedger.DateState> states = ledger.dates();
            TreeSet<LocalDate> all = new TreeSet<>(states.keySet());
            all.addAll(DumpDates.available(config.input(), spark.sparkContext().hadoopConfiguration()));
            out.println();
            out.println("dates (input " + config.input() + "):");
            for (LocalDate d : all) {
                RunLedger.DateState s = states.get(d);
                out.println("  " + d + "  " + (s == null ? "missing" : s.name().toLowerCase(java.util.Locale.ROOT)));
            }
            long complete = states.values().stream().filter(s -> s == RunLedger.DateState.COMPLETE).count();
            out.printf("%d complete, %d failed or interrupted, %d missing%n", complete,
                    states.size() - complete, all.size() - states.size());
        }
        return 0;
    }
}
