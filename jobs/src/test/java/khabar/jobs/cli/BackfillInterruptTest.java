package khabar.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.process.ChildProcess;
import khabar.jobs.nightly.RunLedger;
import khabar.jobs.tables.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (a real SIGINT to a real backfill JVM): the backfill finishes the date in progress, commits it,
 * stops with exit code 130, and leaves the later dates untouched for the rerun.
 */
class BackfillInterruptTest {
    private static final LocalDate FROM = LocalDate.parse("2024-05-01");
    private static final int DAYS = 5;

    @TempDir
    Path dir;

    @Test
    void ctrlCStopsAfterTheDateInProgress() throws Exception {
        for (int i = 0; i < DAYS; i++) {
            Path folder = Files.createDirectories(dir.resolve("in").resolve(FROM.plusDays(i).toString()));
            Files.writeString(folder.resolve("story.txt"), "Talks, day " + i + "\n\nKARACHI (APP) — Pakistani and "
                    + "Iranian officials met in Karachi on day " + i + " to discuss border trade.\n");
        }
        Path conf = dir.resolve("one-per-job.conf");
        Files.writeString(conf, "khabar.backfill.dates-per-job = 1\n");
        // its own process group with SIGINT at the default disposition: runs the same under a terminal, nohup or CI
        try (ChildProcess p = CliProcess.builder(List.of("backfill",
                "--from", FROM.toString(), "--to", FROM.plusDays(DAYS - 1).toString(),
                "--input", dir.resolve("in") + "/{date}", "--warehouse", dir.resolve("wh").toString(),
                "--conf", conf.toString(), "--master", "local[2]")).interruptible().start()) {
            assertThat(p.awaitLine(line -> line.contains("khabar backfill " + FROM + ".." + FROM + " done")))
                    .as("the first date is done: %s", p.output()).isTrue();
            p.interrupt();
            int exit = p.waitFor();
            String out = p.output();
            assertThat(exit).as(out).isEqualTo(130);
            assertThat(out).contains("(stopped early)");
        }

        Warehouse w = new Warehouse(TestSpark.session(), dir.resolve("wh").toString());
        var states = new RunLedger(w).dates();
        // the first date, and the one that had started when the signal came, are complete; no date was
        // left running, and at least the last ones were never started
        assertThat(states).containsEntry(FROM, RunLedger.DateState.COMPLETE);
        assertThat(states.values()).allMatch(s -> s == RunLedger.DateState.COMPLETE);
        assertThat(states.size()).isBetween(1, 2);
    }
}
