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

/**
 * A 30-date backfill, 5 dates per Spark job, interrupted after 10 dates and resumed, never redoes a
 * finished date; grouped dates are deduplicated each on its own.
 */
class BackfillTest {
    @TempDir
    Path dir;

    private void writeDumps(LocalDate first, int days) throws IOException {
        for (int i = 0; i < days; i++) {
            LocalDate d = first.plusDays(i);
            Path folder = Files.createDirectories(dir.resolve("in").resolve(d.toString()).resolve("en"));
            Files.writeString(folder.resolve("story.txt"), "Talks in Baghdad, day " + i + "\n\nBAGHDAD (AFP) — Iraqi "
                    + "and American officials met in Baghdad on " + d + " to discuss the coalition, officials said.\n");
            // the same wire story (same URL, same text) every day: an original in each date, never a
            // duplicate of another date's copy; on the third day a second copy under another URL
            String wire = "{\"url\": \"https://wire.example/gaza-aid\", \"title\": \"Aid trucks enter Gaza\", "
                    + "\"maintext\": \"GENEVA (AP) — The United Nations said forty aid trucks entered Gaza through the "
                    + "Rafah crossing after talks between Egypt and Israel.\"}\n";
            String copy = i == 2 ? wire.replace("wire.example/gaza-aid", "daily.example/world/aid") : "";
            Files.writeString(folder.resolve("wire.jsonl"), wire + copy);
        }
    }

    @Test
    void anInterruptedBackfillResumesWithoutRedoingFinishedDates() throws IOException {
        LocalDate from = LocalDate.parse("2024-06-01");
        LocalDate to = from.plusDays(29);
        writeDumps(from, 29); // the last date has no input folder
        KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.input", dir.resolve("in") + "/{date}",
                "khabar.warehouse", dir.resolve("wh").toString(), "khabar.backfill.dates-per-job", 5));
        AtomicInteger asked = new AtomicInteger();

        Backfill.Result first = Backfill.run(TestSpark.session(), config, from, to, false, () -> asked.incrementAndGet() > 2);
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

        List<Row> articles = w.read(khabar.jobs.tables.ArticlesTable.SPEC).groupBy("dump_date")
                .agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.count("duplicate_of"))
                .collectAsList();
        assertThat(articles).hasSize(29).allSatisfy(r -> {
            boolean third = r.getDate(0).toLocalDate().equals(from.plusDays(2));
            assertThat(r.getLong(1)).as("articles of %s", r.get(0)).isEqualTo(third ? 3 : 2);
            assertThat(r.getLong(2)).as("duplicates of %s", r.get(0)).isEqualTo(third ? 1 : 0);
        });
        assertThat(w.read(RunsTable.SPEC).filter("status = 'succeeded' and duplicates > 0").count()).isEqualTo(1);

        Backfill.Result forced = Backfill.run(TestSpark.session(), config, from, from.plusDays(1), true, () -> false);
        assertThat(forced.done()).hasSize(2);
        assertThat(w.read(khabar.jobs.tables.ArticlesTable.SPEC).count()).isEqualTo(29 * 2 + 1);
    }
}
