package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import khabar.jobs.TestSpark;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.FailingStagingFileSystem;
import khabar.jobs.tables.RunsTable;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up, or a warehouse that is not writable, while a run stages its tables: the run fails with
 * an error naming the path and the cause, the date's previous data stays readable, and the ledger says failed.
 * <p>
 * The previous data (3 articles) is committed once, into a warehouse that each case copies.
 */
class StagingFailureTest {
    private static final LocalDate DATE = LocalDate.parse("2024-07-26");

    /** The input folders (old: 3 articles, new: 5) and the warehouse holding the old data, committed. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private final SparkSession spark = TestSpark.session();

    private static RunRecord run(String warehouse, Path input) {
        KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.input", input + "/{date}", "khabar.warehouse", warehouse));
        return NightlyJob.run(new NightlyJob.Options(DATE, "nightly", config, AnalyseListener.NONE), TestSpark.session());
    }

    private static Path input(String name, int articles) throws Exception {
        Path folder = Files.createDirectories(shared.resolve(name).resolve(DATE.toString()));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            jsonl.append("{\"title\":\"Story ").append(i).append("\",\"url\":\"https://example.org/").append(name).append('/')
                    .append(i).append("\",\"maintext\":\"LAHORE (APP) - The council of ").append(name)
                    .append(" met for the ").append(i).append(" time to discuss roads.\"}\n");
        }
        Files.writeString(folder.resolve("wire.jsonl"), jsonl);
        return shared.resolve(name);
    }

    @BeforeAll
    static void commitTheOldData() throws Exception {
        input("new", 5);
        assertThat(run(shared.resolve("wh-old").toUri().toString(), input("old", 3)).status()).isEqualTo("succeeded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fulldisk, No space left on device", "readonly, Permission denied"})
    void aStagingWriteThatFailsNamesThePathKeepsThePreviousDataAndIsLedgeredFailed(String scheme, String cause)
            throws Exception {
        spark.sparkContext().hadoopConfiguration().set("fs." + scheme + ".impl", FailingStagingFileSystem.class.getName());
        Path wh = FileTrees.copy(shared.resolve("wh-old"), dir.resolve("wh"));

        String failing = scheme + "://" + wh.toAbsolutePath();
        assertThatThrownBy(() -> run(failing, shared.resolve("new")))
                .hasMessageContaining("cannot write the new articles rows of [" + DATE + "] to " + failing + "/_staging/")
                .hasMessageContaining(cause)
                .hasMessageContaining("every table keeps the previous data of the date");

        Warehouse w = new Warehouse(spark, wh.toString());
        assertThat(w.read(ArticlesTable.SPEC).filter("dump_date = '" + DATE + "'").collectAsList())
                .as("the previous data, whole").hasSize(3)
                .allSatisfy(r -> assertThat(r.<String>getAs("url")).contains("/old/"));
        Row last = w.read(RunsTable.SPEC).filter("dump_date = '" + DATE + "'").orderBy("finished_at")
                .select("status", "message").collectAsList().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.getString(0)).isEqualTo("failed");
        assertThat(last.getString(1)).contains(cause).contains("/_staging/");
    }
}
