package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import khabar.jobs.tables.TableSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Rows per date of a dataset with a {@code dump_date} column; a date without rows has 0. */
record DateCounts(Map<LocalDate, Long> counts) {
    DateCounts {
        counts = Map.copyOf(counts);
    }

    /** Counts the rows of {@code rows} per date (one Spark job). */
    static DateCounts of(Dataset<Row> rows) {
        Map<LocalDate, Long> out = new LinkedHashMap<>();
        for (Row r : rows.groupBy(col(TableSpec.PARTITION_COLUMN)).count().collectAsList()) {
            out.put(JobSteps.localDate(r.get(0)), r.getLong(1));
        }
        return new DateCounts(out);
    }

    long of(LocalDate date) {
        return counts.getOrDefault(date, 0L);
    }
}
