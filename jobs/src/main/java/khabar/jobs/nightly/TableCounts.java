package khabar.jobs.nightly;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khabar.jobs.tables.DataTables;
import khabar.jobs.tables.TableSpec;

/**
 * Rows written per table by one run (every table of {@link DataTables}; a table not in {@code rows} had
 * none), the articles among them that are duplicates, and the accounting of its input per file
 * ({@link FileCounts}, in listing order).
 */
public record TableCounts(Map<TableSpec, Long> rows, long duplicates, List<FileCounts> files) {
    public static final TableCounts NONE = new TableCounts(Map.of(), 0, List.of());

    public TableCounts {
        Map<TableSpec, Long> inOrder = new LinkedHashMap<>();
        for (TableSpec t : DataTables.ALL) {
            inOrder.put(t, rows.getOrDefault(t, 0L));
        }
        for (TableSpec t : rows.keySet()) {
            if (!inOrder.containsKey(t)) {
                throw new IllegalArgumentException("no data table " + t.name() + " (see DataTables.ALL)");
            }
        }
        rows = Collections.unmodifiableMap(inOrder);
        files = List.copyOf(files);
    }

    /** The rows written to {@code table}. */
    public long rows(TableSpec table) {
        return rows.getOrDefault(table, 0L);
    }

    /** The per-file counts summed over every input file. */
    public FileCounts total() {
        FileCounts sum = new FileCounts("all files", 0, 0, 0, 0);
        for (FileCounts f : files) {
            sum = sum.plus(f, sum.file());
        }
        return sum;
    }
}
