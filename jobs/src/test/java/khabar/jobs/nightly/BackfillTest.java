package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import khabar.jobs.TestSpark;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 30-date backfill, interrupted after 10 dates and resumed, never redoes a finished date. */
class BackfillTest {
    @TempDir
    Path dir;

    private void writeDumps(LocalDate first, int days) throws IOException {
        for (int i = 0; i < days; i++) {
            LocalDate d = first.plusDays(i);
            Path folder = Files.createDirectories(dir.resolve("in").resolve(d.toString()).resolve("en"));
            Files.writeString(folder.resolve("story.txt"), "Talks in Baghdad, day " + i + "\n\nBAGHDAD (AFP) — Iraqi "
                    + "and American officials met in Baghdad on " + d + " to discuss the coalition, officials said.\n");
        }
    }

    @Test
    void anInterruptedBackfillResumesWithoutRedoingFinishedDates() throws IOException {
        LocalDate from = LocalDate.parse("2024-06-01");
        LocalDate to = from.plusDays(29);
        writeDumps(from, 29); // the last date has no input folder
        KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.input", dir.resolve("in") + "/{date}",
                "khabar.warehouse", dir.resolve("wh").toString()));
        AtomicInteger asked = new AtomicInteger();

        Backfill.Result first = Backfill.run(TestSpark.session(), config, from, to, false, () -> asked.incrementAndGet() > 10);
        assertThat(first.stopped()).isTrue();
        assertThat(first.done()).hasSize(10);

        Backfill.Result resumed = Backfill.run(TestSpark.session(), config, from, to, false, () -> false);
        assertThat(resumed.stopped()).isFalse();
        assertThat(resumed.skipped()).hasSize(10).containsExactlyElementsOf(first.done());
        assertThat(resumed.done()).hasSize(19).doesNotContainAnyElementsOf(first.done());
        assertThat(resumed.noInput()).containsExactly(to);
        assertThat(resumed.failed()).isEmpty();

        Warehouse w = new Warehouse(TestSpark.session(), dir.resolve("wh").toString());
        List<Row> perDate = w.read(RunsTable.SPEC).filter("status = 'succeeded'").groupBy("dump_date").count()
                .collectAsList();
        assertThat(perDate).hasSize(29).allSatisfy(r -> assertThat(r.getLong(1)).isEqualTo(1));
        assertThat(w.read(RunsTable.SPEC).filter("mode = 'backfill' and status = 'succeeded'").count()).isEqualTo(29);
        assertThat(new RunLedger(w).dates()).hasSize(29)
                .allSatisfy((d, s) -> assertThat(s).isEqualTo(RunLedger.DateState.COMPLETE));

        Backfill.Result forced = Backfill.run(TestSpark.session(), config, from, from.plusDays(1), true, () -> false);
        assertThat(forced.done()).hasSize(2);
        assertThat(w.read(khabar.jobs.tables.ArticlesTable.SPEC).count()).isEqualTo(29);
    }
}
