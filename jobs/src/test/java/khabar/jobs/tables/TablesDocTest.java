package khabar.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TablesDocTest {
    private static final Path DOC = Path.of("..", "docs", "tables.md");

    @Test
    void docsTablesMdMatchesTheSchemasInCode() throws IOException {
        String expected = TablesDoc.render();
        if (Boolean.getBoolean("khabar.writeDocs")) {
            Files.writeString(DOC, expected);
        }
        assertThat(Files.readString(DOC))
                .as("docs/tables.md is out of date: regenerate it with "
                        + "mvn -q -pl jobs test -Dtest=TablesDocTest -Dkhabar.writeDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyColumnIsDocumented() {
        for (TableSpec t : Tables.ALL) {
            assertThat(t.schema().fields()).allSatisfy(f ->
                    assertThat(f.getComment().isDefined()).as(t.name() + "." + f.name()).isTrue());
        }
    }

    @Test
    void everyTableIsPartitionedByDumpDate() {
        assertThat(Tables.ALL).allSatisfy(t -> assertThat(t.columnNames()).contains(TableSpec.PARTITION_COLUMN));
    }
}
