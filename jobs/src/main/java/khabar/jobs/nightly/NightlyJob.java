package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import khabar.core.event.EventKeys;
import khabar.jobs.KhabarVersion;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.stages.AnalyzeArticles;
import khabar.jobs.stages.AnalyzeTimers;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.EntitiesTable;
import khabar.jobs.tables.EventsTable;
import khabar.jobs.tables.RejectsTable;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.SentencesTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly job for one dump date: read → prepare → deduplicate → analyse → write. Replaces exactly
 * {@code dump_date=D} in every table and adds two rows (running, then succeeded or failed) to the
 * run ledger.
 */
public final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private NightlyJob() {
    }

    /** What to run. */
    public record Options(LocalDate date, String mode, KhabarConfig config) {
    }

    public static RunRecord run(Options options, SparkSession spark) {
        return run(options, spark, null);
    }

    /** {@link #run(Options, SparkSession)}, with the analyse stage adding its step times to {@code timers} (bench). */
    public static RunRecord run(Options options, SparkSession spark, AnalyzeTimers timers) {
        KhabarConfig config = options.config();
        LocalDate date = options.date();
        Warehouse warehouse = new Warehouse(spark, config.warehouse());
        warehouse.recover().forEach(d -> LOG.info("khabar: finished the interrupted commit of {}", d));
        String input = InputFiles.resolve(config.input(), date);
        List<String> files = InputFiles.list(input, spark.sparkContext().hadoopConfiguration());
        RunRecord run = new RunRecord(newRunId(), date, options.mode(), Instant.now(), null, "running", files.size(),
                TableCounts.NONE, 0, null, spark.sparkContext().master(), digest(config));
        LOG.info("khabar {} run {}: {} file(s) under {}", options.mode(), run.runId(), files.size(), input);
        warehouse.append(RunsTable.SPEC, date, run.toDataset(spark));
        try {
            TableCounts counts = process(spark, config, date, files, warehouse, run.runId(), timers);
            RunRecord done = run.finished("succeeded", counts, null);
            warehouse.append(RunsTable.SPEC, date, done.toDataset(spark));
            return done;
        } catch (RuntimeException e) {
            RunRecord failed = run.finished("failed", TableCounts.NONE, String.valueOf(e.getMessage()));
            warehouse.append(RunsTable.SPEC, date, failed.toDataset(spark));
            throw e;
        }
    }

    private static TableCounts process(SparkSession spark, KhabarConfig config, LocalDate date, List<String> files,
                                       Warehouse warehouse, String runId, AnalyzeTimers timers) {
        describe(spark, "read " + files.size() + " dump file(s)");
        Dataset<Row> records = ReadDumps.read(spark, files, config.readOptions())
                .persist(StorageLevel.MEMORY_AND_DISK());
        MarkDuplicates.Result deduped = MarkDuplicates.mark(PrepareArticles.prepare(records));
        Dataset<Row> rejects = records.filter(col("reason_code").isNotNull())
                .select("origin", "origin_offset", "reason_code", "reason", "sample")
                .unionByName(deduped.repeatedIds());

        describe(spark, "language id, ids, exact and near duplicates");
        Dataset<Row> articles = NearDuplicates.mark(deduped.articles()).persist(StorageLevel.MEMORY_AND_DISK());
        long articleCount = articles.count();
        describe(spark, "count rejects");
        long rejectCount = rejects.count();
        checkRejectRatio(config, date, articleCount, rejectCount, warehouse, rejects, runId);

        Column toAnalyse = config.analyzeDuplicates() ? col("text")
                : when(col("duplicate_of").isNull(), col("text"));
        Dataset<Row> analysed = new AnalyzeArticles().setSettings(config.nlp()).setFallbackDate(date)
                .setTextCol("text_to_analyse").setOutputCol("nlp").setTimers(timers)
                .transform(articles.withColumn("text_to_analyse", toAnalyse))
                .persist(StorageLevel.MEMORY_AND_DISK());

        describe(spark, "tokens, sentences and entities; stage articles");
        warehouse.stage(ArticlesTable.SPEC, articleRows(analysed), runId);
        describe(spark, "stage sentences");
        Dataset<Row> sentences = analysed.select(col("article_id"), col("language"),
                explode(col("nlp.sentences")).as("s")).select(sentenceColumns());
        warehouse.stage(SentencesTable.SPEC, sentences, runId);
        describe(spark, "stage entities");
        Dataset<Row> entities = analysed.select(col("article_id"), col("language"),
                explode(col("nlp.entities")).as("e")).select(entityColumns());
        warehouse.stage(EntitiesTable.SPEC, entities, runId);
        describe(spark, "stage events");
        Dataset<Row> events = analysed.select(col("article_id"), col("language"),
                explode(col("nlp.events")).as("v")).select(eventColumns());
        warehouse.stage(EventsTable.SPEC, events, runId);
        describe(spark, "stage rejects");
        warehouse.stage(RejectsTable.SPEC, rejects, runId);

        describe(spark, "count rows");
        TableCounts counts = new TableCounts(articleCount, sentences.count(), entities.count(), events.count(),
                rejectCount, articles.filter(col("duplicate_of").isNotNull()).count());
        describe(spark, "commit " + date);
        warehouse.commit(runId, date);
        analysed.unpersist();
        articles.unpersist();
        records.unpersist();
        return counts;
    }

    private static Dataset<Row> articleRows(Dataset<Row> analysed) {
        return analysed.select(
                col("article_id"), col("source"), col("url"), col("title"), col("text"), col("language"),
                col("language_score"), col("published_at"), col("dateline"), col("char_count"),
                col("nlp.token_count").as("token_count"), col("nlp.sentence_count").as("sentence_count"),
                col("content_hash"), col("duplicate_of"), col("origin"), col("origin_offset"), col("authors"),
                when(col("nlp").isNull(), lit(false)).otherwise(col("nlp.truncated")).as("nlp_truncated"),
                lit(KhabarVersion.current().pipeline()).as("pipeline_version"));
    }

    private static Column[] sentenceColumns() {
        return new Column[] {col("article_id"), col("language"), col("s.section").as("section"),
            col("s.sentence_index").as("sentence_index"), col("s.char_begin").as("char_begin"),
            col("s.char_end").as("char_end"), col("s.text").as("text"), col("s.tokens").as("tokens")};
    }

    private static final UserDefinedFunction EVENT_ID = udf(
            (UDF4<String, String, Integer, Integer, String>) EventKeys::eventId, DataTypes.StringType);

    private static Column[] eventColumns() {
        List<Column> cols = new java.util.ArrayList<>();
        cols.add(EVENT_ID.apply(col("article_id"), col("v.section"), col("v.sentence_index"),
                col("v.trigger_char_begin")).as("event_id"));
        cols.add(col("v.event_key").as("event_key"));
        cols.add(col("article_id"));
        cols.add(col("language"));
        for (String f : EventsTable.SPEC.fileSchema().fieldNames()) {
            if (!List.of("event_id", "event_key", "article_id", "language").contains(f)) {
                cols.add(col("v." + f).as(f));
            }
        }
        return cols.toArray(Column[]::new);
    }

    private static Column[] entityColumns() {
        String[] fields = {"section", "sentence_index", "token_begin", "token_end", "char_begin", "char_end",
            "mention", "normalized", "type", "subtype", "kb_id", "canonical_name", "country", "confidence", "extractor"};
        Column[] cols = new Column[fields.length + 2];
        cols[0] = col("article_id");
        cols[1] = col("language");
        for (int i = 0; i < fields.length; i++) {
            cols[i + 2] = col("e." + fields[i]).as(fields[i]);
        }
        return cols;
    }

    private static void checkRejectRatio(KhabarConfig config, LocalDate date, long articles, long rejects,
                                         Warehouse warehouse, Dataset<Row> rejectRows, String runId) {
        long total = articles + rejects;
        double ratio = total == 0 ? 0 : (double) rejects / total;
        if (total == 0) {
            throw new IllegalStateException("no records under the input for " + date
                    + ": check --input and --date (nothing was written)");
        }
        if (ratio > config.rejectMaxRatio()) {
            warehouse.stage(RejectsTable.SPEC, rejectRows, runId);
            warehouse.commit(runId, date);
            throw new IllegalStateException(String.format(
                    "%d of %d records (%.0f%%) were rejected, above khabar.rejects.max-ratio = %.2f. The rejects "
                            + "of %s are in the rejects table (bin/khabar sql \"select reason_code, count(*) from rejects "
                            + "group by 1\"); fix the input, or raise the ratio with --conf, then rerun this date. "
                            + "Other tables were left as they were.",
                    rejects, total, 100 * ratio, config.rejectMaxRatio(), date));
        }
    }

    private static void describe(SparkSession spark, String what) {
        spark.sparkContext().setJobDescription("khabar: " + what);
        LOG.info("khabar: {}", what);
    }

    private static String newRunId() {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String digest(KhabarConfig config) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(config.describe().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
