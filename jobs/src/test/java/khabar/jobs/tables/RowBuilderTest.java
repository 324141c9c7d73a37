package khabar.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RowBuilderTest {
    private static final StructType SCHEMA = new StructType()
            .add("section", DataTypes.StringType, false)
            .add("sentence_index", DataTypes.IntegerType, false)
            .add("kb_id", DataTypes.StringType, true);

    @Test
    void putsValuesInTheSchemaOrderWhateverOrderTheyAreSetIn() {
        Row row = new RowBuilder(SCHEMA).set("kb_id", "iso3166:IQ").set("sentence_index", 3).set("section", "body")
                .build();
        assertThat(row.getString(0)).isEqualTo("body");
        assertThat(row.getInt(1)).isEqualTo(3);
        assertThat(row.getString(2)).isEqualTo("iso3166:IQ");
    }

    @Test
    void leavesAnUnsetNullableColumnNull() {
        Row row = new RowBuilder(SCHEMA).set("section", "title").set("sentence_index", 0).build();
        assertThat(row.isNullAt(2)).isTrue();
    }

    @Test
    void refusesAnUnsetRequiredColumnAndAnUnknownName() {
        assertThatThrownBy(() -> new RowBuilder(SCHEMA).set("section", "title").build())
                .hasMessageContaining("required columns not set: [sentence_index]");
        assertThatThrownBy(() -> new RowBuilder(SCHEMA).set("sentense_index", 0))
                .hasMessageContaining("no column sentense_index");
    }
}
