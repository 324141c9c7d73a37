package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.process.ChildProcess;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real driver JVMs on one date (a cron overlap; a backfill over a date a nightly is writing): one runs,
 * the other stops with a message naming it and writes nothing, so the date's partition is one run's whole.
 */
class OverlappingRunsTest {
    private static final LocalDate DATE = LocalDate.parse("2024-07-26");
    private static final Pattern HOLDER = Pattern.compile("is being written by (nightly|backfill) run (\\S+) \\(host");

    @TempDir
    Path dir;

    private Path input(String name, int articles, LocalDate... dates) throws IOException {
        for (LocalDate d : dates) {
            StringBuilder jsonl = new StringBuilder();
            for (int i = 0; i < articles; i++) {
                jsonl.append("{\"title\":\"Story ").append(i).append("\",\"url\":\"https://example.org/").append(name)
                        .append('/').append(d).append('/').append(i).append("\",\"maintext\":\"KARACHI (APP) - Officials of ")
                        .append(name).append(" met on day ").append(i).append(" to discuss story number ").append(i)
                        .append(" of the series.\"}\n");
            }
            Files.writeString(Files.createDirectories(dir.resolve(name).resolve(d.toString())).resolve("wire.jsonl"), jsonl);
        }
        return dir.resolve(name);
    }

    private ChildProcess start(String command, Path input, String... dates) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of(dates));
        args.addAll(List.of("--input", input + "/{date}", "--warehouse", dir.resolve("wh").toString(), "--master", "local[1]"));
        return CliProcess.start(args);
    }

    private Warehouse warehouse() {
        return new Warehouse(TestSpark.session(), dir.resolve("wh").toString());
    }

    @Test
    void twoNightlyRunsOfOneDateStartedTogetherGiveOneRunAndAClearRefusal() throws Exception {
        Path a = input("a", 3, DATE);
        Path b = input("b", 5, DATE);
        int exitA;
        int exitB;
        String outA;
        String outB;
        try (ChildProcess pa = start("nightly", a, "--date", DATE.toString());
             ChildProcess pb = start("nightly", b, "--date", DATE.toString())) {
            exitA = pa.waitFor();
            exitB = pb.waitFor();
            outA = pa.output();
            outB = pb.output();
        }
        assertThat(List.of(exitA, exitB)).as(outA + "\n----\n" + outB).containsExactlyInAnyOrder(0, 75);
        String refused = exitA == 75 ? outA : outB;
        String winner = exitA == 0 ? "a" : "b";
        Matcher m = HOLDER.matcher(refused);
        assertThat(m.find()).as(refused).isTrue();

        List<Row> ledger = warehouse().read(RunsTable.SPEC).filter("dump_date = '" + DATE + "'")
                .select("run_id", "status").collectAsList();
        assertThat(ledger).as("only the run that ran is in the ledger").extracting(r -> r.getString(0))
                .containsOnly(m.group(2));
        assertThat(ledger).extracting(r -> r.getString(1)).containsExactlyInAnyOrder("running", "succeeded");
        List<Row> articles = warehouse().read(ArticlesTable.SPEC).filter("dump_date = '" + DATE + "'")
                .select("url").collectAsList();
        assertThat(articles).as("the winner's articles, whole, and no other's").hasSize(winner.equals("a") ? 3 : 5)
                .allSatisfy(r -> assertThat(r.getString(0)).contains("/" + winner + "/"));
    }

    @Test
    void aBackfillOverADateANightlyIsWritingLeavesThatDateToTheNightlyAndNamesIt() throws Exception {
        Path nightlyInput = input("n", 4, DATE);
        Path backfillInput = input("bf", 2, DATE, DATE.plusDays(1));
        try (ChildProcess nightly = start("nightly", nightlyInput, "--date", DATE.toString())) {
            assertThat(nightly.awaitLine(l -> l.contains("khabar nightly run "))).as(nightly.output()).isTrue();
            String backfillOut;
            int backfillExit;
            try (ChildProcess backfill = start("backfill", backfillInput, "--from", DATE.toString(),
                    "--to", DATE.plusDays(1).toString())) {
                backfillExit = backfill.waitFor();
                backfillOut = backfill.output();
            }
            assertThat(nightly.waitFor()).as(nightly.output()).isZero();
            Matcher m = HOLDER.matcher(backfillOut);
            assertThat(m.find()).as(backfillOut).isTrue();
            assertThat(m.group(1)).isEqualTo("nightly");
            assertThat(nightly.output()).contains("khabar nightly run " + m.group(2));
            assertThat(backfillExit).as(backfillOut).isEqualTo(1);
            assertThat(backfillOut).contains("1 done", "1 failed");
        }
        List<Row> articles = warehouse().read(ArticlesTable.SPEC).select("url", "dump_date").collectAsList();
        assertThat(articles.stream().filter(r -> r.get(1).toString().equals(DATE.toString())))
                .as("the nightly's date holds the nightly's rows only").hasSize(4)
                .allSatisfy(r -> assertThat(r.getString(0)).contains("/n/"));
        assertThat(articles.stream().filter(r -> r.get(1).toString().equals(DATE.plusDays(1).toString()))).hasSize(2);
    }
}
