package khabar.jobs.nightly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import khabar.core.lang.Analyzers;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly job, for one dump date or for a group of dates processed together (a backfill). A group
 * flows through named steps, each a small class that takes values and returns values:
 *
 * <ol>
 * <li><b>start</b> ({@link DateRuns#start}): each date's lease is taken and its 'running' row written to the
 *     run ledger; a date another live run holds is left alone.</li>
 * <li><b>read</b> ({@link ReadStep}): the records of every dump file of the group, each with its
 *     {@code dump_date}, kept on local disk.</li>
 * <li><b>prepare</b> ({@link PrepareArticles}): ids, language, hashes of each article, once for all the steps
 *     after it.</li>
 * <li><b>deduplicate</b> ({@link DeduplicateStep}): one article per id, exact and near copies marked with
 *     {@code duplicate_of}, rejects gathered; both counted per date.</li>
 * <li><b>check</b> ({@link CheckStep}): a date with no records or too many rejects fails here (keeping its
 *     rejects, {@link CommitStep#keepRejects}); for the others every record of every input file must be an
 *     article, a duplicate or a reject.</li>
 * <li><b>stories</b> ({@link StoryStep}): each article's {@code story_id}: a wire story and its rewrites share one,
 *     across the dates of the group.</li>
 * <li><b>analyse</b> ({@link AnalyseStep}): tokens, sentences, entities and events of each article that is no
 *     duplicate, as one Spark job for the whole group, so small dates share the cores and the per-job
 *     overhead.</li>
 * <li><b>stage</b> ({@link StageStep}): every table's new rows, selected by column name from its table
 *     spec, written beside the warehouse, and counted per date.</li>
 * <li><b>commit</b> ({@link CommitStep}): each date's staged tables swapped in on their own (two-phase, see
 *     {@link Warehouse}): every date replaces exactly {@code dump_date=D} in every table.</li>
 * <li><b>end</b> ({@link DateRuns#end}): each date's final row (succeeded or failed, with its
 *     {@link TableCounts}) written to the ledger, and its lease given back.</li>
 * </ol>
 *
 * A date that fails its check does not stop the others; a failure of a shared step fails every date of
 * the group not committed yet. Every Spark job is named after its step (the Spark UI and the log tell the
 * story), and an {@link AnalyseListener} (benchmarks) is told the time of each analysis step.
 */
public final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private NightlyJob() {
    }

    /** What to run: one date, in a mode (nightly or backfill), with who is told the analysis times (or {@code NONE}). */
    public record Options(LocalDate date, String mode, KhabarConfig config, AnalyseListener listener) {
    }

    /** What became of one date of a group: its final ledger row, and the failure when it failed. */
    public record DateResult(RunRecord run, RuntimeException failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs one date; throws when it fails (its ledger row says failed). */
    public static RunRecord run(Options options, SparkSession spark) {
        DateInput input = DateInput.list(options.config(), options.date(), spark.sparkContext().hadoopConfiguration());
        DateResult result = runDates(List.of(input), options.mode(), options.config(), options.listener(), spark).get(0);
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
                                            AnalyseListener listener, SparkSession spark) {
        Warehouse warehouse = new Warehouse(spark, config.warehouse());
        warehouse.recover().forEach(d -> LOG.info("khabar: finished the interrupted commit of {}", d));
        logNerCoverage(config);
        Map<LocalDate, DateResult> results = new LinkedHashMap<>();
        try (DateRuns runs = DateRuns.start(inputs, mode, config, warehouse, spark)) {
            runs.refused().forEach(r -> results.put(r.run().date(), r));
            List<DateResult> ended = runs.held().isEmpty() ? List.of()
                    : runGroup(spark, config, warehouse, runs.held(), listener);
            runs.end(ended);
            ended.forEach(r -> results.put(r.run().date(), r));
        }
        return inputs.stream().map(in -> results.get(in.date())).toList();
    }

    /** read → prepare → deduplicate → check → stories → analyse → stage → commit: one result per run, in run order. */
    private static List<DateResult> runGroup(SparkSession spark, KhabarConfig config, Warehouse warehouse,
                                             List<DateRun> runs, AnalyseListener listener) {
        List<DateResult> results = new ArrayList<>();
        try {
            Dataset<Row> records = ReadStep.read(spark, config, runs);
            // prepared once (language id is the costly part): the articles, the repeated-id rejects and the
            // input accounting all read it
            Dataset<Row> prepared = PrepareArticles.prepare(records).persist(JobSteps.READ_SIDE);
            DeduplicateStep.Deduplicated rows = DeduplicateStep.deduplicate(spark, records, prepared);
            prepared.unpersist(); // the articles and rejects made from it are persisted and counted
            CheckStep.Checked checked = CheckStep.rejectRatios(config, runs, rows);
            for (CheckStep.Failure failure : checked.failed()) {
                results.add(CommitStep.keepRejects(warehouse, failure, rows.rejects()));
            }
            List<DateRun> passed = checked.passed();
            if (!passed.isEmpty()) {
                // every record accounted for before the costly analysis: a date that does not balance fails at
                // once, and the records need not stay cached through the analysis
                Map<LocalDate, List<FileCounts>> files = CheckStep.accountForInput(spark, passed, records, rows);
                Dataset<Row> storied = StoryStep.cluster(spark, rows.articles().filter(CheckStep.inDates(passed)));
                Dataset<Row> analysed = AnalyseStep.analyse(config, storied, listener);
                Map<LocalDate, TableCounts> counts = StageStep.stage(spark, warehouse, passed, analysed, rows, files);
                for (DateRun run : passed) {
                    results.add(CommitStep.commit(spark, warehouse, run, counts.get(run.date())));
                }
                analysed.unpersist();
            }
            rows.unpersist();
            records.unpersist();
        } catch (Exception e) { // SparkException is checked but thrown undeclared
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
            Set<LocalDate> ended = new HashSet<>();
            results.forEach(r -> ended.add(r.run().date()));
            runs.stream().filter(r -> !ended.contains(r.date())).forEach(r -> results.add(r.failed(failure)));
        }
        return runs.stream().map(run -> results.stream().filter(r -> r.run().date().equals(run.date()))
                .findFirst().orElseThrow()).toList();
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
}
