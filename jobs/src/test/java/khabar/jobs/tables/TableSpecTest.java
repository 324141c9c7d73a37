package khabar.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TableSpecTest {
    @Test
    void columnsExceptKeepsTheRestInTableOrderWithTypesAndNullability() {
        StructType part = EntitiesTable.SPEC.columnsExcept(Set.of("article_id", "dump_date", "language"));
        assertThat(part.fieldNames()).startsWith("section", "sentence_index").endsWith("confidence", "extractor")
                .hasSize(EntitiesTable.SPEC.columnNames().size() - 3);
        assertThat(part.apply("kb_id").nullable()).isTrue();
        assertThat(part.apply("type").nullable()).isFalse();
        assertThat(part.apply("type").getComment().isDefined()).isFalse();
        assertThatThrownBy(() -> EntitiesTable.SPEC.columnsExcept(Set.of("no_such")))
                .hasMessageContaining("entities has no column no_such");
    }

    @Test
    void theLedgerHasOneCountColumnPerDataTableInTheirOrder() {
        StructType runs = RunsTable.SPEC.schema();
        int first = runs.fieldIndex("input_files") + 1;
        for (int i = 0; i < DataTables.ALL.size(); i++) {
            assertThat(runs.fields()[first + i].name()).isEqualTo(RunsTable.countColumn(DataTables.ALL.get(i)));
        }
        assertThat(runs.fields()[first + DataTables.ALL.size()].name()).isEqualTo("duplicates");
    }

    @Test
    void everyTableIsADataTableOrTheLedger() {
        assertThat(Tables.ALL).containsExactly(ArticlesTable.SPEC, SentencesTable.SPEC, EntitiesTable.SPEC,
                EventsTable.SPEC, QuotesTable.SPEC, ThemesTable.SPEC, RejectsTable.SPEC, StoriesTable.SPEC, RunsTable.SPEC);
    }
}
