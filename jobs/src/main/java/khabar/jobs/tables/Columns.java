package khabar.jobs.tables;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;

/** Shorthands for declaring documented columns: every column carries its meaning as a comment. */
final class Columns {
    private Columns() {
    }

    static StructField required(String name, DataType type, String comment) {
        return new StructField(name, type, false, comment(comment));
    }

    static StructField nullable(String name, DataType type, String comment) {
        return new StructField(name, type, true, comment(comment));
    }

    static StructField dumpDate() {
        return required(TableSpec.PARTITION_COLUMN, DataTypes.DateType,
                "The batch the row came from (partition). A nightly run owns exactly its date; a rerun replaces it.");
    }

    static DataType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }

    private static Metadata comment(String text) {
        return new MetadataBuilder().putString("comment", text).build();
    }
}
