package khabar.jobs.cli;

import java.util.OptionalDouble;

import khabar.jobs.nightly.FileCounts;
import khabar.jobs.nightly.RunRecord;
import khabar.jobs.nightly.TableCounts;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.DataTables;
import khabar.jobs.tables.TableSpec;

/**
 * The lines a run ends with: rows per table, then the accounting of the input (records read = articles
 * + duplicates + rejects), in all and for each file (the first {@value #FILE_LINES}; all are in {@code runs.files}).
 */
public final class Summary {
    static final int FILE_LINES = 40;

    private Summary() {
    }

    public static String of(RunRecord run, String warehouse, double seconds) {
        TableCounts c = run.counts();
        StringBuilder b = new StringBuilder(String.format("khabar %s %s: %s in %.1f s (run %s, %d input files)\n",
                run.mode(), run.date(), run.status(), seconds, run.runId(), run.inputFiles()));
        for (TableSpec table : DataTables.ALL) {
            b.append(String.format("  %-10s %8d", table.name(), c.rows(table)));
            b.append(table.equals(ArticlesTable.SPEC) ? String.format("  (%d duplicates)\n", c.duplicates()) : "\n");
        }
        b.append(String.format("  tables under %s\n", warehouse));
        b.append("  input: records read = articles + duplicates + rejects\n");
        b.append(line(c.total()));
        int shown = 0;
        for (FileCounts f : c.files()) {
            if (shown++ == FILE_LINES) {
                b.append(String.format("    ... %d more files: bin/khabar sql \"select inline(files) from runs "
                        + "where run_id = '%s' and status = 'succeeded'\"%n", c.files().size() - FILE_LINES, run.runId()));
                break;
            }
            b.append(line(f));
        }
        return b.toString().stripTrailing();
    }

    /** The start-up line: JVM start to the first Spark task (issue 24's measure), or that no task ran. */
    public static String startup(OptionalDouble secondsFromJvmStart) {
        return secondsFromJvmStart.isPresent()
                ? String.format("  start-up: %.2f s from the JVM's start to the first Spark task", secondsFromJvmStart.getAsDouble())
                : "  start-up: no Spark task ran";
    }

    private static String line(FileCounts f) {
        return String.format("    %8d = %6d + %6d + %6d  %s%s%n", f.records(), f.articles(), f.duplicates(), f.rejects(),
                f.file(), f.balanced() ? "" : "  (DOES NOT BALANCE)");
    }
}
