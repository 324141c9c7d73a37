package khabar.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.nightly.RunLedger;
import khabar.jobs.tables.Warehouse;
import org.junit.jupiter.api.Assumptions;
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
        Assumptions.assumeFalse(sigintIgnored(), "this test runs with SIGINT ignored (started with & by a shell "
                + "without job control, or nohup): the backfill JVM inherits that, as it should, and cannot get a Ctrl-C");
        for (int i = 0; i < DAYS; i++) {
            Path folder = Files.createDirectories(dir.resolve("in").resolve(FROM.plusDays(i).toString()));
            Files.writeString(folder.resolve("story.txt"), "Talks, day " + i + "\n\nKARACHI (APP) — Pakistani and "
                    + "Iranian officials met in Karachi on day " + i + " to discuss border trade.\n");
        }
        Path conf = dir.resolve("one-per-job.conf");
        Files.writeString(conf, "khabar.backfill.dates-per-job = 1\n");
        Process p = start(conf);
        List<String> lines = new ArrayList<>();
        boolean signalled = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (!signalled && line.contains("khabar backfill " + FROM + ".." + FROM + " done")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                    signalled = true;
                }
            }
        }
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String out = String.join("\n", lines);
        assertThat(signalled).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(130);
        assertThat(out).contains("(stopped early)");

        Warehouse w = new Warehouse(TestSpark.session(), dir.resolve("wh").toString());
        var states = new RunLedger(w).dates();
        // the first date, and the one that had started when the signal came, are complete; no date was
        // left running, and at least the last ones were never started
        assertThat(states).containsEntry(FROM, RunLedger.DateState.COMPLETE);
        assertThat(states.values()).allMatch(s -> s == RunLedger.DateState.COMPLETE);
        assertThat(states.size()).isBetween(1, 2);
    }

    private Process start(Path conf) throws IOException {
        return CliProcess.start(List.of("backfill",
                "--from", FROM.toString(), "--to", FROM.plusDays(DAYS - 1).toString(),
                "--input", dir.resolve("in") + "/{date}", "--warehouse", dir.resolve("wh").toString(),
                "--conf", conf.toString(), "--master", "local[2]"));
    }

    /** Whether this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status); children inherit it. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
