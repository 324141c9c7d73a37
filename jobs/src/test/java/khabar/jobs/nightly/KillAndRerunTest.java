package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.nightly.RunLedger.DateState;
import khabar.jobs.process.ChildProcess;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.tables.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a real nightly run (a separate JVM) at several points: readers then see either the previous
 * complete data of the date or the new complete data, in every table alike, and a rerun restores it.
 * <p>
 * The previous data (3 articles) is committed once, by the job in this JVM, into a warehouse that each case
 * copies; the killed run is always a driver JVM of its own, and the rerun after it is the nightly job in
 * this JVM (the same {@link NightlyJob#run} the CLI calls, which finishes or drops what the killed run left).
 */
class KillAndRerunTest {
    private static final LocalDate DATE = LocalDate.parse("2024-07-26");

    /** The input folders (old: 3 articles, new: 5) and the warehouse holding the old data, committed. */
    @TempDir
    static Path shared;
    private static Map<String, Long> before;

    @TempDir
    Path dir;

    private static Path input(String name, int articles) throws IOException {
        Path folder = Files.createDirectories(shared.resolve(name).resolve(DATE.toString()));
        String[] stories = {
            "BAGHDAD (AFP) - Iraqi officials met American envoys in Baghdad on Monday to discuss the coalition.",
            "KARACHI (Reuters) - Police arrested four men in Karachi after a protest over power cuts turned violent.",
            "TEHRAN (AFP) - Iran's foreign minister said on Tuesday that talks with European diplomats would resume.",
            "ISLAMABAD (APP) - Pakistan signed a trade agreement with China covering new border markets and roads.",
            "GAZA (AP) - Aid trucks entered Gaza through the Kerem Shalom crossing after days of delays, the UN said."};
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            // distinct stories, so that near-duplicate detection leaves every article analysed
            jsonl.append("{\"title\":\"Story ").append(i).append("\",\"url\":\"https://example.org/").append(name)
                    .append('/').append(i).append("\",\"maintext\":\"").append(stories[i % stories.length])
                    .append(" Officials gave no further details.\"}\n");
        }
        Files.writeString(folder.resolve("wire.jsonl"), jsonl);
        return shared.resolve(name);
    }

    /** The nightly job in this JVM, run to its end. */
    private static RunRecord runToEnd(Path input, Path warehouse) {
        var config = ConfigLoader.load(null, Map.of("khabar.input", input + "/{date}", "khabar.warehouse", warehouse.toString()));
        return NightlyJob.run(new NightlyJob.Options(DATE, "nightly", config, AnalyseListener.NONE), TestSpark.session());
    }

    @BeforeAll
    static void commitTheOldData() throws IOException {
        input("new", 5);
        assertThat(runToEnd(input("old", 3), shared.resolve("wh-old")).status()).isEqualTo("succeeded");
        before = rowsOfDate(shared.resolve("wh-old"));
        assertThat(before.get("articles")).isEqualTo(3);
        assertThat(before.get("sentences")).isPositive();
    }

    /** This case's warehouse: a copy of the one holding the old data. */
    private Path oldWarehouse() throws IOException {
        return FileTrees.copy(shared.resolve("wh-old"), dir.resolve("wh"));
    }

    /** A nightly run of the new input in a driver JVM of its own, killed (-9) once it prints {@code marker}. */
    private void killAt(Path warehouse, String marker) throws Exception {
        try (ChildProcess p = CliProcess.start(List.of("nightly", "--date", DATE.toString(),
                "--input", shared.resolve("new") + "/{date}", "--warehouse", warehouse.toString(), "--master", "local[2]"))) {
            assertThat(p.awaitLine(line -> line.contains(marker))).as("the run reaches \"%s\": %s", marker, p.output())
                    .isTrue();
            p.kill();
        }
    }

    private static Map<String, Long> rowsOfDate(Path warehouse) {
        Warehouse w = new Warehouse(TestSpark.session(), warehouse.toString());
        w.recover();
        return DateFingerprints.counts(w, DATE);
    }

    private static DateState ledgerState(Path warehouse) {
        return new RunLedger(new Warehouse(TestSpark.session(), warehouse.toString())).dates().get(DATE);
    }

    @ParameterizedTest(name = "killed at \"{0}\"")
    @ValueSource(strings = {"stage sentences", "stage rejects", "commit 2024-07-26"})
    void aKilledRunLeavesOldOrNewDataNeverAMixAndARerunRestoresIt(String marker) throws Exception {
        Path wh = oldWarehouse();
        assertThat(rowsOfDate(wh)).isEqualTo(before);

        killAt(wh, marker);
        Map<String, Long> after = rowsOfDate(wh);
        if (after.get("articles") == 3) {
            assertThat(after).as("killed before commit: the old data, whole").isEqualTo(before);
            assertThat(ledgerState(wh)).as("the killed run's ledger row").isEqualTo(DateState.INTERRUPTED);
        } else {
            assertThat(after.get("articles")).as("killed after commit: the new data, whole").isEqualTo(5);
            assertThat(after.get("sentences")).isGreaterThan(before.get("sentences"));
            // killed after the commit marker: it may or may not have written its 'succeeded' row
            assertThat(ledgerState(wh)).isIn(DateState.INTERRUPTED, DateState.COMPLETE);
        }

        assertThat(runToEnd(shared.resolve("new"), wh).status()).as("the rerun breaks the killed run's lease")
                .isEqualTo("succeeded");
        Map<String, Long> rerun = rowsOfDate(wh);
        assertThat(rerun.get("articles")).isEqualTo(5);
        assertThat(rerun.get("sentences")).isGreaterThan(before.get("sentences"));
        assertThat(ledgerState(wh)).isEqualTo(DateState.COMPLETE);
        // the killed run's uncommitted staging may stay (removed after an hour); no committed one may
        try (var staged = Files.list(wh.resolve("_staging"))) {
            assertThat(staged.toList()).noneSatisfy(p -> assertThat(p.resolve("_COMMIT")).exists());
        } catch (java.nio.file.NoSuchFileException none) {
            // nothing staged at all
        }
    }

    @Test
    void aCommittedButUnfinishedSwapIsFinishedByTheNextCommand() throws Exception {
        Path wh = oldWarehouse();
        // simulate a run that died after writing its commit marker, before swapping articles in
        Path staged = Files.createDirectories(wh.resolve("_staging/run-x"));
        copy(wh.resolve("articles/dump_date=" + DATE), staged.resolve("articles"));
        Files.delete(wh.resolve("articles/dump_date=" + DATE).toFile().listFiles((d, n) -> n.endsWith(".parquet"))[0].toPath());
        Files.writeString(staged.resolve("_COMMIT"), DATE.toString());
        assertThat(rowsOfDate(wh).get("articles")).isEqualTo(3);
        assertThat(staged).doesNotExist();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
