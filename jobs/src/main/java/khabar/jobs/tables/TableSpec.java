package khabar.jobs.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse table: its name (also its directory and SQL view name), its full schema including the
 * partition column, and the partition column ({@code dump_date}: the batch a row came from). The schema
 * is the only list of the table's columns: structs, selects and rows of the table derive from it by name.
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

    /**
     * The table's columns but {@code others}, in table order, with their types and nullability but without
     * their comments: the part of a row that one step computes (the analysis of an article, say) when the
     * other columns come from elsewhere. Every name in {@code others} must be a column of the table.
     */
    public StructType columnsExcept(Set<String> others) {
        for (String o : others) {
            if (!columnNames().contains(o)) {
                throw new IllegalArgumentException("table " + name + " has no column " + o);
            }
        }
        return new StructType(Arrays.stream(schema.fields()).filter(f -> !others.contains(f.name()))
                .map(f -> new StructField(f.name(), f.dataType(), f.nullable(), Metadata.empty()))
                .toArray(StructField[]::new));
    }

    @Override
    public String toString() {
        return name;
    }
}
