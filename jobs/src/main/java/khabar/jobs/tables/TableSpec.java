package khabar.jobs.tables;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse table: its name (also its directory and SQL view name), its full schema including the
 * partition column, and the partition column ({@code dump_date}: the batch a row came from).
 */
public record TableSpec(String name, StructType schema, String description) {
    public static final String PARTITION_COLUMN = "dump_date";

    /** The schema of the Parquet files: the full schema without the partition column (it is the directory). */
    public StructType fileSchema() {
        return new StructType(Arrays.stream(schema.fields())
                .filter(f -> !f.name().equals(PARTITION_COLUMN)).toArray(StructField[]::new));
    }

    public List<String> columnNames() {
        return Arrays.asList(schema.fieldNames());
    }
}
