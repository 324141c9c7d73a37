package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.process.ChildProcess;
import khabar.jobs.tables.TableSpec;
import khabar.jobs.tables.Tables;
import khabar.jobs.tables.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a real nightly run (a separate JVM) at several points: readers then see either the previous
 * complete data of the date or the new complete data, in every table alike, and a rerun restores it.
 */
class KillAndRerunTest {
    private static final LocalDate DATE = LocalDate.parse("2024-07-26");

    @TempDir
    Path dir;

    private Path input(String name, int articles) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve(DATE.toString()));
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
        return dir.resolve(name);
    }

    private ChildProcess start(Path input) throws IOException {
        return CliProcess.start(List.of("nightly",
                "--date", DATE.toString(), "--input", input + "/{date}", "--warehouse", dir.resolve("wh").toString(),
                "--master", "local[2]"));
    }

    /** Runs to completion. */
    private void runToEnd(Path input) throws Exception {
        try (ChildProcess p = start(input)) {
            assertThat(p.waitFor()).as(p.output()).isZero();
        }
    }

    /** Runs until a line containing {@code marker} is printed, then kill -9. */
    private void killAt(Path input, String marker) throws Exception {
        try (ChildProcess p = start(input)) {
            assertThat(p.awaitLine(line -> line.contains(marker))).as("the run reaches \"%s\": %s", marker, p.output())
                    .isTrue();
            p.kill();
        }
    }

    private Map<String, Long> rowsOfDate() {
        Warehouse w = new Warehouse(TestSpark.session(), dir.resolve("wh").toString());
        w.recover();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableSpec t : Tables.ALL) {
            if (!t.name().equals("runs")) {
                counts.put(t.name(), w.read(t).filter(TableSpec.PARTITION_COLUMN + " = '" + DATE + "'").count());
            }
        }
        return counts;
    }

    @ParameterizedTest(name = "killed at \"{0}\"")
    @ValueSource(strings = {"stage sentences", "stage rejects", "commit 2024-07-26"})
    void aKilledRunLeavesOldOrNewDataNeverAMixAndARerunRestoresIt(String marker) throws Exception {
        runToEnd(input("old", 3));
        Map<String, Long> before = rowsOfDate();
        assertThat(before.get("articles")).isEqualTo(3);

        Path fresh = input("new", 5);
        killAt(fresh, marker);
        Map<String, Long> after = rowsOfDate();
        if (after.get("articles") == 3) {
            assertThat(after).as("killed before commit: the old data, whole").isEqualTo(before);
        } else {
            assertThat(after.get("articles")).as("killed after commit: the new data, whole").isEqualTo(5);
            assertThat(after.get("sentences")).isGreaterThan(before.get("sentences"));
        }

        runToEnd(fresh);
        Map<String, Long> rerun = rowsOfDate();
        assertThat(rerun.get("articles")).isEqualTo(5);
        assertThat(rerun.get("sentences")).isGreaterThan(before.get("sentences"));
        // the killed run's uncommitted staging may stay (removed after an hour); no committed one may
        try (var staged = Files.list(dir.resolve("wh").resolve("_staging"))) {
            assertThat(staged.toList()).noneSatisfy(p -> assertThat(p.resolve("_COMMIT")).exists());
        } catch (java.nio.file.NoSuchFileException none) {
            // nothing staged at all
        }
    }

    @Test
    void aCommittedButUnfinishedSwapIsFinishedByTheNextCommand() throws Exception {
        runToEnd(input("old", 3));
        Path wh = dir.resolve("wh");
        // simulate a run that died after writing its commit marker, before swapping articles in
        Path staged = Files.createDirectories(wh.resolve("_staging/run-x"));
        copy(wh.resolve("articles/dump_date=" + DATE), staged.resolve("articles"));
        Files.delete(wh.resolve("articles/dump_date=" + DATE).toFile().listFiles((d, n) -> n.endsWith(".parquet"))[0].toPath());
        Files.writeString(staged.resolve("_COMMIT"), DATE.toString());
        assertThat(rowsOfDate().get("articles")).isEqualTo(3);
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
