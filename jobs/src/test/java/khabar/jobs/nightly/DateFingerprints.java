package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khabar.jobs.tables.TableSpec;
import khabar.jobs.tables.Tables;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per table of a warehouse (the ledger, {@code runs}, left out): the rows of one date and the sum of their
 * {@code hash(*)} (all columns), every table in one Spark query instead of one or two per table.
 */
final class DateFingerprints {
    private DateFingerprints() {
    }

    /** Table name → [rows of the date (long), sum of hash(*) as text ("null" when no rows)], in {@link Tables#ALL} order. */
    static Map<String, List<Object>> of(Warehouse warehouse, LocalDate date) {
        Dataset<Row> all = null;
        for (TableSpec t : Tables.ALL) {
            if (!t.name().equals("runs")) {
                Dataset<Row> rows = warehouse.read(t).filter(TableSpec.PARTITION_COLUMN + " = '" + date + "'");
                Dataset<Row> one = rows.selectExpr("hash(*) as h").withColumn("t", lit(t.name()));
                all = all == null ? one : all.unionByName(one);
            }
        }
        Map<String, Row> byTable = new HashMap<>();
        for (Row r : all.groupBy("t").agg(count("*"), sum("h")).collectAsList()) {
            byTable.put(r.getString(0), r);
        }
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (TableSpec t : Tables.ALL) {
            if (!t.name().equals("runs")) {
                Row r = byTable.get(t.name());
                out.put(t.name(), r == null ? List.of(0L, "null") : List.of(r.getLong(1), r.get(2) + ""));
            }
        }
        return out;
    }

    /** Table name → rows of the date. */
    static Map<String, Long> counts(Warehouse warehouse, LocalDate date) {
        Map<String, Long> counts = new LinkedHashMap<>();
        of(warehouse, date).forEach((table, fingerprint) -> counts.put(table, (Long) fingerprint.get(0)));
        return counts;
    }
}
