package khabar.jobs.tables;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a row of a struct (a table's, or part of one) column by column, by name: the values land in the
 * struct's order whatever order they are set in. A column not set is null when it is nullable and an error
 * when it is required; a name the struct does not have is an error.
 *
 * <pre>{@code
 * Row r = new RowBuilder(schema).set("section", "title").set("sentence_index", 0).build();
 * }</pre>
 */
public final class RowBuilder {
    private final StructType schema;
    private final Object[] values;
    private final boolean[] set;

    public RowBuilder(StructType schema) {
        this.schema = schema;
        this.values = new Object[schema.size()];
        this.set = new boolean[schema.size()];
    }

    public RowBuilder set(String column, Object value) {
        int i;
        try {
            i = schema.fieldIndex(column);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no column " + column + " in " + schema.simpleString(), e);
        }
        values[i] = value;
        set[i] = true;
        return this;
    }

    public Row build() {
        List<String> missing = new ArrayList<>();
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            if (!set[i] && !fields[i].nullable()) {
                missing.add(fields[i].name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("required columns not set: " + missing + " of " + schema.simpleString());
        }
        return RowFactory.create(values.clone());
    }
}
