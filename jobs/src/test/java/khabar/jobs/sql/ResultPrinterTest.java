package khabar.jobs.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ResultPrinterTest {
    private static final StructType SCHEMA = new StructType()
            .add("name", DataTypes.StringType).add("n", DataTypes.LongType)
            .add("tokens", DataTypes.createArrayType(DataTypes.StringType));
    private static final List<Row> ROWS = List.of(
            RowFactory.create("عراق", 3L, scala.jdk.javaapi.CollectionConverters.asScala(List.of("a", "b")).toSeq()),
            RowFactory.create("He said \"no\", twice", null, null));

    private static String print(ResultFormat f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultPrinter.print(SCHEMA, ROWS, f, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasAHeaderAndRfc4180Quoting() {
        assertThat(print(ResultFormat.CSV)).isEqualTo(
                "name,n,tokens\r\nعراق,3,\"[\"\"a\"\",\"\"b\"\"]\"\r\n\"He said \"\"no\"\", twice\",,\r\n");
    }

    @Test
    void jsonIsOneObjectPerRowWithNullsKept() {
        assertThat(print(ResultFormat.JSON).split("\n")).containsExactly(
                "{\"name\":\"عراق\",\"n\":3,\"tokens\":[\"a\",\"b\"]}",
                "{\"name\":\"He said \\\"no\\\", twice\",\"n\":null,\"tokens\":null}");
    }

    @Test
    void tableAlignsColumnsAndCountsRows() {
        String[] lines = print(ResultFormat.TABLE).split("\n");
        assertThat(lines[0]).startsWith("name").contains("| n").contains("| tokens");
        assertThat(lines[2]).startsWith("عراق").contains("| 3");
        assertThat(lines[3]).contains("NULL");
        assertThat(lines[lines.length - 1]).isEqualTo("(2 rows)");
    }
}
