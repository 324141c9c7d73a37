package khabar.jobs.tables;

import org.apache.spark.sql.types.StructField;

/** Renders docs/tables.md from the table schemas, so the data dictionary cannot drift from the code. */
public final class TablesDoc {
    private TablesDoc() {
    }

    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append("""
                # khabar tables

                <!-- Generated from the schemas in jobs/src/main/java/khabar/jobs/tables by TablesDoc;
                     TablesDocTest fails when this file and the code differ. Regenerate with:
                     mvn -q -pl jobs test -Dtest=TablesDocTest -Dkhabar.writeDocs=true -->

                The warehouse is a directory of Parquet tables, one folder per table, partitioned Hive-style by
                `dump_date` (the batch a row came from): `<warehouse>/<table>/dump_date=YYYY-MM-DD/part-*.parquet`.
                A nightly run owns exactly its date and a rerun replaces it; `runs` is appended to, never replaced.
                Strings are UTF-8 in NFC. Offsets (`char_begin`, `char_end`) are UTF-16 char offsets into the
                article's `title` (section `title`) or `text` (section `body`) — what Java, Spark's `substring`
                (1-based: `substring(text, char_begin + 1, char_end - char_begin)`) and Python on BMP text use.

                Read it with Spark (`spark.read.parquet("warehouse/articles")`), DuckDB
                (`read_parquet('warehouse/articles/*/*.parquet', hive_partitioning = true)`) or pandas/pyarrow
                (`pd.read_parquet("warehouse/articles")`); or `bin/khabar sql "select ..."`.

                """);
        for (TableSpec t : Tables.ALL) {
            b.append("## ").append(t.name()).append("\n\n").append(t.description()).append("\n\n");
            b.append("| column | type | nullable | meaning |\n|---|---|---|---|\n");
            for (StructField f : t.schema().fields()) {
                String comment = f.getComment().isDefined() ? f.getComment().get() : "";
                b.append("| `").append(f.name()).append("` | ").append(f.dataType().simpleString()).append(" | ")
                        .append(f.nullable() ? "yes" : "no").append(" | ").append(comment.replace("|", "\\|"))
                        .append(" |\n");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
