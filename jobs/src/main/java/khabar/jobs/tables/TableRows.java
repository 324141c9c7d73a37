package khabar.jobs.tables;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rows of a table as {@link Warehouse#stage} takes them, selected by column name: each column of the
 * table's file schema, in table order, then {@code dump_date}. A column is the same-named column of the
 * input unless {@code computed} says how to make it.
 */
public final class TableRows {
    private TableRows() {
    }

    public static Dataset<Row> select(Dataset<Row> rows, TableSpec table, Map<String, Column> computed) {
        for (String name : computed.keySet()) {
            if (!table.columnNames().contains(name)) {
                throw new IllegalArgumentException("table " + table.name() + " has no column " + name);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (String name : table.fileSchema().fieldNames()) {
            Column c = computed.get(name);
            columns.add(c == null ? col(name) : c.as(name));
        }
        columns.add(col(TableSpec.PARTITION_COLUMN));
        return rows.select(columns.toArray(Column[]::new));
    }

    /** {@link #select(Dataset, TableSpec, Map)} with every column taken by name. */
    public static Dataset<Row> select(Dataset<Row> rows, TableSpec table) {
        return select(rows, table, Map.of());
    }
}
