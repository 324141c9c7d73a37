package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;

import khabar.jobs.tables.RejectsTable;
import khabar.jobs.tables.TableRows;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Deduplicate: one article per id ({@link MarkDuplicates}; a repeated id is a reject), {@code duplicate_of}
 * set on exact and near copies ({@link NearDuplicates}), and the rejects of the read with those of
 * repeated ids. Both are kept on local disk and counted per date.
 */
final class DeduplicateStep {
    private DeduplicateStep() {
    }

    /** The articles and rejects of a group of dates, and their rows per date. */
    record Deduplicated(Dataset<Row> articles, Dataset<Row> rejects, DateCounts articleCounts,
                        DateCounts rejectCounts) {
        void unpersist() {
            articles.unpersist();
            rejects.unpersist();
        }
    }

    static Deduplicated deduplicate(SparkSession spark, Dataset<Row> records, Dataset<Row> prepared) {
        MarkDuplicates.Result deduped = MarkDuplicates.mark(prepared);
        Dataset<Row> rejects = TableRows.select(records.filter(col("reason_code").isNotNull()), RejectsTable.SPEC)
                .unionByName(deduped.repeatedIds()).persist(JobSteps.READ_SIDE);
        Dataset<Row> articles = NearDuplicates.mark(deduped.articles());
        JobSteps.describe(spark, "language id, ids, exact and near duplicates");
        articles = articles.persist(JobSteps.READ_SIDE);
        DateCounts articleCounts = DateCounts.of(articles);
        JobSteps.describe(spark, "count rejects");
        DateCounts rejectCounts = DateCounts.of(rejects);
        return new Deduplicated(articles, rejects, articleCounts, rejectCounts);
    }
}
