package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import khabar.jobs.tables.TableSpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Stage 3, exact deduplication. Reads: prepared articles. Writes: the same rows with
 * {@code duplicate_of} (the first copy of the same content, earliest published first, then by origin),
 * and separately the records whose id repeats an earlier one (same canonical URL), which go to rejects.
 */
public final class MarkDuplicates {
    /** Articles (one per id) with duplicate_of, and the repeated ids as reject rows. */
    public record Result(Dataset<Row> articles, Dataset<Row> repeatedIds) {
    }

    private MarkDuplicates() {
    }

    /**
     * Marks duplicates among {@code prepared}; when it has a {@code dump_date} column (a group of dates),
     * only within each date, and the repeated ids keep their date as last column.
     */
    public static Result mark(Dataset<Row> prepared) {
        boolean byDate = List.of(prepared.columns()).contains(TableSpec.PARTITION_COLUMN);
        Column[] order = {col("published_at").asc_nulls_last(), col("origin"), col("origin_offset")};
        WindowSpec byId = Window.partitionBy(keys(byDate, "article_id")).orderBy(order);
        Dataset<Row> numbered = prepared.withColumn("copy", row_number().over(byId));
        List<Column> rejectColumns = new ArrayList<>(List.of(
                col("origin"), col("origin_offset"), lit("DUPLICATE_ID").as("reason_code"),
                concat(lit("same canonical URL as an earlier record: article "), col("article_id")).as("reason"),
                substring(col("text"), 1, 200).as("sample")));
        if (byDate) {
            rejectColumns.add(col(TableSpec.PARTITION_COLUMN));
        }
        Dataset<Row> repeated = numbered.filter(col("copy").gt(1)).select(rejectColumns.toArray(Column[]::new));
        WindowSpec byContent = Window.partitionBy(keys(byDate, "content_hash")).orderBy(order);
        Column firstCopy = first(col("article_id")).over(byContent);
        Dataset<Row> articles = numbered.filter(col("copy").equalTo(1)).drop("copy")
                .withColumn("duplicate_of", when(firstCopy.notEqual(col("article_id")), firstCopy));
        return new Result(articles, repeated);
    }

    private static Column[] keys(boolean byDate, String key) {
        return byDate ? new Column[] {col(TableSpec.PARTITION_COLUMN), col(key)} : new Column[] {col(key)};
    }
}
