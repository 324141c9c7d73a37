package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khabar.core.event.EventKeys;
import khabar.jobs.KhabarVersion;
import khabar.jobs.stages.AnalyzeArticles;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.DataTables;
import khabar.jobs.tables.EventsTable;
import khabar.jobs.tables.RejectsTable;
import khabar.jobs.tables.StoriesTable;
import khabar.jobs.tables.TableRows;
import khabar.jobs.tables.TableSpec;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Stage: the new rows of every table of {@link DataTables} written to the staging area of each date's run
 * ({@link Warehouse#stage}; nothing readers see changes yet), and the rows counted per date. Each table's
 * rows are selected by column name from its {@link TableSpec}: the articles from the analysed articles,
 * the sentences, entities and events from the arrays of the analysis, each row with its article's columns.
 */
final class StageStep {
    private static final String DATE = TableSpec.PARTITION_COLUMN;
    private static final String ANALYSIS = AnalyseStep.OUTPUT;

    /** The tables whose rows are an array of the analysis, and that array's field of its output. */
    private static final Map<TableSpec, String> ANALYSIS_ARRAYS = AnalyzeArticles.TABLE_FIELDS;

    private static final UserDefinedFunction EVENT_ID = udf(
            (UDF4<String, String, Integer, Integer, String>) EventKeys::eventId, DataTypes.StringType);

    private StageStep() {
    }

    /**
     * Stages every table for the dates of {@code runs} (the analysis runs with the first) and returns each
     * date's rows per table, with its duplicates and the accounting of its input ({@code files}).
     */
    static Map<LocalDate, TableCounts> stage(SparkSession spark, Warehouse warehouse, List<DateRun> runs,
                                             Dataset<Row> analysed, DeduplicateStep.Deduplicated rows,
                                             Map<LocalDate, List<FileCounts>> files) {
        Map<LocalDate, String> runIds = new LinkedHashMap<>();
        runs.forEach(r -> runIds.put(r.date(), r.runId()));
        Dataset<Row> rejects = rows.rejects().filter(CheckStep.inDates(runs));
        boolean first = true;
        for (TableSpec table : DataTables.ALL) {
            JobSteps.describe(spark, (first ? "tokens, sentences and entities; " : "") + "stage " + table.name());
            warehouse.stage(table, rowsOf(table, analysed, rejects), runIds);
            first = false;
        }
        JobSteps.describe(spark, "count rows");
        Map<LocalDate, Map<TableSpec, Long>> analysisCounts = new HashMap<>();
        Map<LocalDate, Long> duplicates = new HashMap<>();
        List<Column> sums = new ArrayList<>();
        ANALYSIS_ARRAYS.values().forEach(array -> sums.add(sum(arraySize(ANALYSIS + "." + array))));
        sums.add(sum(when(col(ArticlesTable.DUPLICATE_OF).isNotNull(), 1).otherwise(0)));
        sums.add(countDistinct(col(ArticlesTable.STORY_ID)));
        for (Row r : analysed.groupBy(col(DATE)).agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
                .collectAsList()) {
            LocalDate d = JobSteps.localDate(r.get(0));
            Map<TableSpec, Long> n = new HashMap<>();
            int i = 1;
            for (TableSpec table : ANALYSIS_ARRAYS.keySet()) {
                n.put(table, r.getLong(i++));
            }
            analysisCounts.put(d, n);
            duplicates.put(d, r.getLong(i++));
            n.put(StoriesTable.SPEC, r.getLong(i));
        }
        Map<LocalDate, TableCounts> out = new LinkedHashMap<>();
        for (DateRun run : runs) {
            LocalDate d = run.date();
            Map<TableSpec, Long> n = new HashMap<>(analysisCounts.getOrDefault(d, Map.of()));
            n.put(ArticlesTable.SPEC, rows.articleCounts().of(d));
            n.put(RejectsTable.SPEC, rows.rejectCounts().of(d));
            out.put(d, new TableCounts(n, duplicates.getOrDefault(d, 0L), files.getOrDefault(d, List.of())));
        }
        return out;
    }

    private static Dataset<Row> rowsOf(TableSpec table, Dataset<Row> analysed, Dataset<Row> rejects) {
        if (table.equals(ArticlesTable.SPEC)) {
            Map<String, Column> computed = new HashMap<>(Map.of(
                    "token_count", col(ANALYSIS + ".token_count"),
                    "sentence_count", col(ANALYSIS + ".sentence_count"),
                    "nlp_truncated", when(col(ANALYSIS).isNull(), lit(false)).otherwise(col(ANALYSIS + ".truncated")),
                    "pipeline_version", lit(KhabarVersion.current().pipeline())));
            ArticlesTable.TONE_COLUMNS.forEach(c -> computed.put(c, col(ANALYSIS + ".tone." + c)));
            return TableRows.select(analysed, table, computed);
        }
        if (table.equals(RejectsTable.SPEC)) {
            return TableRows.select(rejects, table);
        }
        if (table.equals(StoriesTable.SPEC)) {
            return storyRows(analysed);
        }
        if (ANALYSIS_ARRAYS.containsKey(table)) {
            Column[] articleColumns = AnalyzeArticles.ARTICLE_COLUMNS.stream().map(functions::col).toArray(Column[]::new);
            List<Column> exploded = new ArrayList<>(List.of(articleColumns));
            exploded.add(explode(col(ANALYSIS + "." + ANALYSIS_ARRAYS.get(table))).as("x"));
            List<Column> flat = new ArrayList<>(List.of(articleColumns));
            flat.add(col("x.*"));
            Dataset<Row> flatRows = analysed.select(exploded.toArray(Column[]::new)).select(flat.toArray(Column[]::new));
            if (!table.equals(EventsTable.SPEC)) {
                return TableRows.select(flatRows, table);
            }
            return TableRows.select(flatRows.join(eventKeyCounts(analysed, flatRows), scala.jdk.javaapi.CollectionConverters
                    .asScala(List.of(DATE, "event_key")).toSeq()), table,
                    Map.of(EventsTable.EVENT_ID, EVENT_ID.apply(col(ArticlesTable.ARTICLE_ID), col("section"),
                            col("sentence_index"), col("trigger_char_begin"))));
        }
        throw new IllegalStateException("no rows for table " + table.name() + ": StageStep.rowsOf says how to make them");
    }

    /**
     * One row per story and date: its first article (earliest published, unknown times last, then by id) and
     * title, its articles and copies, sources, languages and publication times.
     */
    private static Dataset<Row> storyRows(Dataset<Row> analysed) {
        Column published = col(ArticlesTable.PUBLISHED_AT);
        Dataset<Row> stories = analysed.groupBy(col(DATE), col(ArticlesTable.STORY_ID)).agg(
                min(struct(published.isNull().as("unknown"), published.as("at"), col(ArticlesTable.ARTICLE_ID).as("id"),
                        col(ArticlesTable.TITLE).as("title"))).as("first"),
                count(lit(1)).as("articles"),
                sum(when(col(ArticlesTable.DUPLICATE_OF).isNotNull(), 1).otherwise(0)).as("copies"),
                array_sort(collect_set(col(ArticlesTable.SOURCE))).as("all_sources"),
                array_sort(collect_set(col(ArticlesTable.LANGUAGE))).as("all_languages"),
                min(published).as("first_at"), max(published).as("last_at"));
        return TableRows.select(stories, StoriesTable.SPEC, Map.of(
                "first_article_id", col("first.id"),
                "title", col("first.title"),
                "article_count", col("articles").cast("int"),
                "duplicate_count", col("copies").cast("int"),
                "source_count", size(col("all_sources")),
                "sources", col("all_sources"),
                "languages", col("all_languages"),
                "first_published_at", col("first_at"),
                "last_published_at", col("last_at")));
    }

    /**
     * Per date and event_key, the articles with a mention of it, each counted with its copies that were not
     * analysed (they carry the same events), and the distinct sources of all of them: GDELT's NumArticles and
     * NumSources.
     */
    private static Dataset<Row> eventKeyCounts(Dataset<Row> analysed, Dataset<Row> events) {
        Column copyOf = when(col(ArticlesTable.DUPLICATE_OF).isNotNull().and(col(ANALYSIS).isNull()),
                col(ArticlesTable.DUPLICATE_OF)).otherwise(col(ArticlesTable.ARTICLE_ID));
        Dataset<Row> groups = analysed.select(col(DATE).as("g_date"), copyOf.as("g_article"), col(ArticlesTable.SOURCE).as("g_source"))
                .groupBy(col("g_date"), col("g_article"))
                .agg(count(lit(1)).as("g_articles"), collect_set(col("g_source")).as("g_sources"));
        return events.select(col(DATE), col("event_key"), col(ArticlesTable.ARTICLE_ID)).distinct()
                .join(groups, col(DATE).equalTo(col("g_date")).and(col(ArticlesTable.ARTICLE_ID).equalTo(col("g_article"))))
                .groupBy(col(DATE), col("event_key"))
                .agg(sum(col("g_articles")).cast("int").as(EventsTable.NUM_ARTICLES),
                        size(array_distinct(flatten(collect_list(col("g_sources"))))).as(EventsTable.NUM_SOURCES));
    }

    private static Column arraySize(String column) {
        return when(col(column).isNull(), 0).otherwise(size(col(column)));
    }
}
