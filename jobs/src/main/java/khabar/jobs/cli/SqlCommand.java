package khabar.jobs.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.sql.ResultFormat;
import khabar.jobs.sql.ResultPrinter;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar sql}: Spark SQL over the warehouse, each table a view under its own name. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run a Spark SQL query over the warehouse (views: articles, sentences, entities, events, "
                + "rejects, runs) and print the result.")
final class SqlCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (for people), csv (header line, RFC 4180), json (one object per row); default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10000",
            description = "print at most N rows (default ${DEFAULT-VALUE})")
    int limit;

    @Parameters(paramLabel = "QUERY", description = "the SQL query")
    String query;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws Exception {
        ResultFormat resultFormat = ResultFormat.parse(format);
        KhabarConfig config = configOptions.load(Map.of());
        try (SparkSession spark = SparkSessions.create("khabar sql", config.master(), config.shufflePartitions())) {
            new Warehouse(spark, config.warehouse()).registerViews();
            Dataset<Row> result = spark.sql(query);
            List<Row> rows = result.limit(limit).collectAsList();
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ResultPrinter.print(result.schema(), rows, resultFormat, out);
            out.flush();
        }
        return 0;
    }
}
