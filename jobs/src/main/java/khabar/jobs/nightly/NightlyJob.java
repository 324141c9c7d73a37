package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import khabar.core.event.EventKeys;
import khabar.core.nlp.Analyzers;
import khabar.jobs.KhabarVersion;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.stages.AnalyzeArticles;
import khabar.jobs.stages.AnalyzeTimers;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.DateLease;
import khabar.jobs.tables.EntitiesTable;
import khabar.jobs.tables.EventsTable;
import khabar.jobs.tables.RejectsTable;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.SentencesTable;
import khabar.jobs.tables.TableSpec;
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
 * The nightly job: read → prepare → deduplicate → analyse → write, for one dump date or for a group of
 * dates processed together (a backfill). Each date is read, deduplicated and checked on its own; the
 * analysis and the table writes of the group run as one Spark job each, so small dates share the cores
 * and the per-job overhead. Every date still replaces exactly {@code dump_date=D} in every table,
 * committed on its own (two-phase, see {@link Warehouse}), and gets its own two rows (running, then
 * succeeded or failed) in the run ledger.
 */
public final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);
    private static final String DATE = TableSpec.PARTITION_COLUMN;
    /** Where the read side's cached rows (records, prepared rows, articles, rejects) are kept. */
    private static final StorageLevel READ_SIDE = StorageLevel.DISK_ONLY();

    private NightlyJob() {
    }

    /** What to run. */
    public record Options(LocalDate date, String mode, KhabarConfig config) {
    }

    /** What became of one date of a group: its final ledger row, and the failure when it failed. */
    public record DateResult(RunRecord run, RuntimeException failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs one date; throws when it fails (its ledger row says failed). */
    public static RunRecord run(Options options, SparkSession spark) {
        return run(options, spark, null);
    }

    /** {@link #run(Options, SparkSession)}, with the analyse stage adding its step times to {@code timers} (bench). */
    public static RunRecord run(Options options, SparkSession spark, AnalyzeTimers timers) {
        DateInput input = DateInput.list(options.config(), options.date(), spark.sparkContext().hadoopConfiguration());
        DateResult result = runDates(List.of(input), options.mode(), options.config(), spark, timers).get(0);
        if (!result.succeeded()) {
            throw result.failure();
        }
        return result.run();
    }

    /**
     * Runs a group of dates together. A date that fails (no records, too many rejects) does not stop the
     * others; a failure of the shared analysis fails every date of the group that was not committed yet.
     *
     * @return one result per input, in input order
     */
    public static List<DateResult> runDates(List<DateInput> inputs, String mode, KhabarConfig config,
                                            SparkSession spark) {
        return runDates(inputs, mode, config, spark, null);
    }

    /** {@link #runDates(List, String, KhabarConfig, SparkSession)} with step timers for the analyse stage (or null). */
    public static List<DateResult> runDates(List<DateInput> inputs, String mode, KhabarConfig config,
                                            SparkSession spark, AnalyzeTimers timers) {
        Warehouse warehouse = new Warehouse(spark, config.warehouse());
        warehouse.recover().forEach(d -> LOG.info("khabar: finished the interrupted commit of {}", d));
        logNerCoverage(config);
        Map<LocalDate, RunRecord> runs = new LinkedHashMap<>();
        Map<LocalDate, DateResult> results = new LinkedHashMap<>();
        Map<LocalDate, DateLease> leases = new LinkedHashMap<>();
        List<DateInput> mine = new ArrayList<>();
        try {
            for (DateInput in : inputs) {
                RunRecord run = new RunRecord(newRunId(), in.date(), mode, Instant.now(), null, "running",
                        in.files().size(), TableCounts.NONE, 0, null, spark.sparkContext().master(), digest(config));
                try {
                    leases.put(in.date(), warehouse.lease(in.date(), DateLease.Holder.thisProcess(run.runId(), mode)));
                } catch (DateLease.Held held) {
                    // another run writes this date: this one leaves it alone, ledger included
                    LOG.error("khabar {} {}: {}", mode, in.date(), held.getMessage());
                    results.put(in.date(), new DateResult(run.finished("failed", TableCounts.NONE, held.getMessage()), held));
                    continue;
                }
                LOG.info("khabar {} run {}: {} file(s) under {}", mode, run.runId(), in.files().size(), in.location());
                warehouse.append(RunsTable.SPEC, in.date(), run.toDataset(spark));
                runs.put(in.date(), run);
                mine.add(in);
            }
            if (!mine.isEmpty()) {
                try {
                    process(spark, config, mine, warehouse, runs, results, timers);
                } catch (Exception e) { // SparkException is checked but thrown undeclared
                    RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
                    for (DateInput in : mine) {
                        results.computeIfAbsent(in.date(), d -> failed(runs.get(d), failure));
                    }
                }
            }
            for (DateInput in : mine) {
                warehouse.append(RunsTable.SPEC, in.date(), results.get(in.date()).run().toDataset(spark));
            }
        } finally {
            leases.values().forEach(DateLease::close);
        }
        return inputs.stream().map(in -> results.get(in.date())).toList();
    }

    private static void logNerCoverage(KhabarConfig config) {
        Analyzers.nerCoverage(config.nlp()).forEach((lang, ner) -> {
            if (ner.startsWith("none")) {
                LOG.warn("khabar: NER for {}: {}", lang, ner);
            } else {
                LOG.info("khabar: NER for {}: {}", lang, ner);
            }
        });
        LOG.info("khabar: NER for other languages: none (tokens and sentences only)");
    }

    private static DateResult failed(RunRecord run, RuntimeException e) {
        return new DateResult(run.finished("failed", TableCounts.NONE, String.valueOf(e.getMessage())), e);
    }

    private static void process(SparkSession spark, KhabarConfig config, List<DateInput> inputs, Warehouse warehouse,
                                Map<LocalDate, RunRecord> runs, Map<LocalDate, DateResult> results,
                                AnalyzeTimers timers) {
        int fileCount = inputs.stream().mapToInt(i -> i.files().size()).sum();
        describe(spark, "read " + fileCount + " dump file(s)" + (inputs.size() > 1 ? " of " + inputs.size() + " dates" : ""));
        Dataset<Row> records = null;
        for (DateInput in : inputs) {
            Dataset<Row> r = ReadDumps.read(spark, in.files(), config.readOptions()).withColumn(DATE, lit(in.date()));
            records = records == null ? r : records.union(r);
        }
        // the read side's cached rows (each holds every text) are kept on local disk, not in the heap: in
        // the heap, three copies of the texts grew with N beside the models and made G1 work harder per
        // article the larger the input (docs/benchmarks.md, "What was tried")
        records = records.persist(READ_SIDE);
        // prepared once (language id is the costly part): the articles, the repeated-id rejects and the
        // input accounting all read it
        Dataset<Row> prepared = PrepareArticles.prepare(records).persist(READ_SIDE);
        MarkDuplicates.Result deduped = MarkDuplicates.mark(prepared);
        Dataset<Row> rejects = records.filter(col("reason_code").isNotNull())
                .select("origin", "origin_offset", "reason_code", "reason", "sample", DATE)
                .unionByName(deduped.repeatedIds()).persist(READ_SIDE);
        Dataset<Row> articles = NearDuplicates.mark(deduped.articles());
        describe(spark, "language id, ids, exact and near duplicates");
        articles = articles.persist(READ_SIDE);
        Map<LocalDate, Long> articleCounts = countByDate(articles);
        describe(spark, "count rejects");
        Map<LocalDate, Long> rejectCounts = countByDate(rejects);
        prepared.unpersist(); // the articles and rejects made from it are persisted and counted

        Map<LocalDate, String> ok = new LinkedHashMap<>();
        for (DateInput in : inputs) {
            LocalDate d = in.date();
            long a = articleCounts.getOrDefault(d, 0L);
            long r = rejectCounts.getOrDefault(d, 0L);
            RuntimeException problem = rejectProblem(config, d, a, r);
            if (problem == null) {
                ok.put(d, runs.get(d).runId());
                continue;
            }
            if (a + r > 0) { // too many rejects: the rejects are kept, other tables stay as they were
                Map<LocalDate, String> only = Map.of(d, runs.get(d).runId());
                warehouse.stage(RejectsTable.SPEC, rejects.filter(col(DATE).equalTo(lit(d))), only);
                warehouse.commit(only.get(d), d);
            }
            results.put(d, failed(runs.get(d), problem));
        }
        if (!ok.isEmpty()) {
            Map<LocalDate, List<String>> files = new LinkedHashMap<>();
            inputs.stream().filter(in -> ok.containsKey(in.date())).forEach(in -> files.put(in.date(), in.files()));
            writeTables(spark, config, new GroupRows(records, articles, rejects, files), ok, warehouse, runs,
                    articleCounts, rejectCounts, results, timers);
        }
        articles.unpersist();
        rejects.unpersist();
        records.unpersist();
    }

    /** The rows of a group of dates, each with its {@code dump_date}, and the files listed per date. */
    private record GroupRows(Dataset<Row> records, Dataset<Row> articles, Dataset<Row> rejects,
                             Map<LocalDate, List<String>> files) {
    }

    private static void writeTables(SparkSession spark, KhabarConfig config, GroupRows group,
                                    Map<LocalDate, String> runIds, Warehouse warehouse,
                                    Map<LocalDate, RunRecord> runs, Map<LocalDate, Long> articleCounts,
                                    Map<LocalDate, Long> rejectCounts, Map<LocalDate, DateResult> results,
                                    AnalyzeTimers timers) {
        Column dates = col(DATE).isin(runIds.keySet().toArray());
        Dataset<Row> articles = group.articles().filter(dates);
        Dataset<Row> rejects = group.rejects().filter(dates);
        // every record accounted for before the costly analysis: a date that does not balance fails at once,
        // and the records need not stay cached through the analysis
        describe(spark, "account for every record of every input file");
        Map<LocalDate, List<FileCounts>> perFile = InputAccounting.count(group.files(),
                group.records().filter(dates), articles, rejects);
        perFile.values().forEach(InputAccounting::checkBalanced);
        group.records().unpersist();
        Column toAnalyse = config.analyzeDuplicates() ? col("text")
                : when(col("duplicate_of").isNull(), col("text"));
        // each task analyses its articles grouped by language: one model's weights stay in the core's caches
        // (10% faster than alternating English and Urdu on one thread; docs/benchmarks.md). The analysis is
        // kept on local disk, not in the heap: it is the largest thing the job holds (every token of every
        // sentence), and held in the heap it grows with N and keeps G1 marking through the analysis.
        Dataset<Row> analysed = new AnalyzeArticles().setSettings(config.nlp()).setFallbackDateCol(DATE)
                .setTextCol("text_to_analyse").setOutputCol("nlp").setTimers(timers)
                .transform(articles.withColumn("text_to_analyse", toAnalyse).sortWithinPartitions(col("language")))
                .persist(StorageLevel.DISK_ONLY());

        describe(spark, "tokens, sentences and entities; stage articles");
        warehouse.stage(ArticlesTable.SPEC, articleRows(analysed), runIds);
        describe(spark, "stage sentences");
        Dataset<Row> sentences = analysed.select(col("article_id"), col("language"), col(DATE),
                explode(col("nlp.sentences")).as("s")).select(sentenceColumns());
        warehouse.stage(SentencesTable.SPEC, sentences, runIds);
        describe(spark, "stage entities");
        Dataset<Row> entities = analysed.select(col("article_id"), col("language"), col(DATE),
                explode(col("nlp.entities")).as("e")).select(entityColumns());
        warehouse.stage(EntitiesTable.SPEC, entities, runIds);
        describe(spark, "stage events");
        Dataset<Row> events = analysed.select(col("article_id"), col("language"), col(DATE),
                explode(col("nlp.events")).as("v")).select(eventColumns());
        warehouse.stage(EventsTable.SPEC, events, runIds);
        describe(spark, "stage rejects");
        warehouse.stage(RejectsTable.SPEC, rejects, runIds);

        describe(spark, "count rows");
        Map<LocalDate, long[]> perDate = rowCounts(analysed);
        for (Map.Entry<LocalDate, String> e : runIds.entrySet()) {
            LocalDate d = e.getKey();
            long[] n = perDate.getOrDefault(d, new long[4]);
            TableCounts counts = new TableCounts(articleCounts.getOrDefault(d, 0L), n[0], n[1], n[2],
                    rejectCounts.getOrDefault(d, 0L), n[3], perFile.getOrDefault(d, List.of()));
            describe(spark, "commit " + d);
            warehouse.commit(e.getValue(), d);
            results.put(d, new DateResult(runs.get(d).finished("succeeded", counts, null), null));
        }
        analysed.unpersist();
    }

    /** Sentences, entities, events and duplicates per date, in one pass over the analysed articles. */
    private static Map<LocalDate, long[]> rowCounts(Dataset<Row> analysed) {
        Map<LocalDate, long[]> out = new LinkedHashMap<>();
        for (Row r : analysed.groupBy(col(DATE)).agg(
                sum(arraySize("nlp.sentences")), sum(arraySize("nlp.entities")), sum(arraySize("nlp.events")),
                sum(when(col("duplicate_of").isNotNull(), 1).otherwise(0))).collectAsList()) {
            out.put(localDate(r.get(0)), new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
        }
        return out;
    }

    private static LocalDate localDate(Object sparkDate) {
        return sparkDate instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) sparkDate;
    }

    private static Column arraySize(String column) {
        return when(col(column).isNull(), 0).otherwise(size(col(column)));
    }

    private static Map<LocalDate, Long> countByDate(Dataset<Row> rows) {
        Map<LocalDate, Long> out = new LinkedHashMap<>();
        for (Row r : rows.groupBy(col(DATE)).count().collectAsList()) {
            out.put(localDate(r.get(0)), r.getLong(1));
        }
        return out;
    }

    private static Dataset<Row> articleRows(Dataset<Row> analysed) {
        return analysed.select(
                col("article_id"), col("source"), col("url"), col("title"), col("text"), col("language"),
                col("language_score"), col("published_at"), col("dateline"), col("char_count"),
                col("nlp.token_count").as("token_count"), col("nlp.sentence_count").as("sentence_count"),
                col("content_hash"), col("duplicate_of"), col("origin"), col("origin_offset"), col("authors"),
                when(col("nlp").isNull(), lit(false)).otherwise(col("nlp.truncated")).as("nlp_truncated"),
                lit(KhabarVersion.current().pipeline()).as("pipeline_version"), col(DATE));
    }

    private static Column[] sentenceColumns() {
        return new Column[] {col("article_id"), col("language"), col("s.section").as("section"),
            col("s.sentence_index").as("sentence_index"), col("s.char_begin").as("char_begin"),
            col("s.char_end").as("char_end"), col("s.text").as("text"), col("s.tokens").as("tokens"), col(DATE)};
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
        cols.add(col(DATE));
        return cols.toArray(Column[]::new);
    }

    private static Column[] entityColumns() {
        String[] fields = {"section", "sentence_index", "token_begin", "token_end", "char_begin", "char_end",
            "mention", "normalized", "type", "subtype", "kb_id", "canonical_name", "country", "confidence", "extractor"};
        Column[] cols = new Column[fields.length + 3];
        cols[0] = col("article_id");
        cols[1] = col("language");
        for (int i = 0; i < fields.length; i++) {
            cols[i + 2] = col("e." + fields[i]).as(fields[i]);
        }
        cols[fields.length + 2] = col(DATE);
        return cols;
    }

    /** Why the date must fail before analysis (no records, too many rejects), or null. */
    private static RuntimeException rejectProblem(KhabarConfig config, LocalDate date, long articles, long rejects) {
        long total = articles + rejects;
        if (total == 0) {
            return new IllegalStateException("no records under the input for " + date
                    + ": check --input and --date (nothing was written)");
        }
        double ratio = (double) rejects / total;
        if (ratio > config.rejectMaxRatio()) {
            return new IllegalStateException(String.format(
                    "%d of %d records (%.0f%%) were rejected, above khabar.rejects.max-ratio = %.2f. The rejects "
                            + "of %s are in the rejects table (bin/khabar sql \"select reason_code, count(*) from rejects "
                            + "group by 1\"); fix the input, or raise the ratio with --conf, then rerun this date. "
                            + "Other tables were left as they were.",
                    rejects, total, 100 * ratio, config.rejectMaxRatio(), date));
        }
        return null;
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
