package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.process.ChildProcess;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.tables.Warehouse;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job with its input and warehouse on a real HDFS (Hadoop's MiniDFSCluster: a NameNode and two
 * DataNodes in this JVM, hdfs:// URIs): a nightly, an idempotent rerun, a kill -9 before commit (a driver JVM
 * of its own) and the recovering rerun, then {@code bin/khabar sql} and {@code status} over the warehouse.
 */
class HdfsWarehouseTest {
    private static final LocalDate DATE = LocalDate.parse("2024-07-26");

    @TempDir
    static Path dir;
    private static MiniDFSCluster cluster;
    private static String hdfs;

    private final SparkSession spark = TestSpark.session();

    @BeforeAll
    static void startHdfs() throws Exception {
        Configuration conf = new Configuration();
        cluster = new MiniDFSCluster.Builder(conf, dir.resolve("dfs").toFile()).numDataNodes(2).build();
        cluster.waitActive();
        hdfs = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
        FileSystem fs = cluster.getFileSystem();
        for (String name : List.of("old", "new")) {
            Path local = Files.createDirectories(dir.resolve("local").resolve(name).resolve(DATE.toString()));
            StringBuilder jsonl = new StringBuilder();
            int articles = name.equals("old") ? 3 : 5;
            for (int i = 0; i < articles; i++) {
                jsonl.append("{\"title\":\"Story ").append(i).append("\",\"url\":\"https://example.org/").append(name)
                        .append('/').append(i).append("\",\"maintext\":\"BAGHDAD (AFP) - Iraqi officials met envoys of ")
                        .append(name).append(" in Baghdad on day ").append(i).append(" to discuss the coalition.\"}\n");
            }
            Files.writeString(local.resolve("wire.jsonl"), jsonl);
            fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve("wire.jsonl").toString()),
                    new org.apache.hadoop.fs.Path(hdfs + "/dumps/" + name + "/" + DATE + "/wire.jsonl"));
        }
    }

    @AfterAll
    static void stopHdfs() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    private String warehouse() {
        return hdfs + "/warehouse";
    }

    private RunRecord nightly(String input) {
        KhabarConfig config = ConfigLoader.load(null, Map.of("khabar.input", hdfs + "/dumps/" + input + "/{date}",
                "khabar.warehouse", warehouse()));
        return NightlyJob.run(new NightlyJob.Options(DATE, "nightly", config, AnalyseListener.NONE), spark);
    }

    /** Per table: rows of the date and a checksum of all their columns. */
    private Map<String, List<Object>> fingerprint() {
        return DateFingerprints.of(new Warehouse(spark, warehouse()), DATE);
    }

    private ChildProcess cli(String... args) throws Exception {
        return CliProcess.start(List.of(args));
    }

    @Test
    void theNightlyJobRunsReRunsSurvivesAKillAndIsQueriedOnHdfs() throws Exception {
        assertThat(nightly("old").status()).isEqualTo("succeeded");
        Map<String, List<Object>> first = fingerprint();
        assertThat(first.get("articles").get(0)).isEqualTo(3L);
        assertThat(first.get("sentences").get(0)).isNotEqualTo(0L);

        nightly("old");
        assertThat(fingerprint()).as("a rerun replaces the date with the same rows").isEqualTo(first);

        try (ChildProcess killed = cli("nightly", "--date", DATE.toString(), "--input", hdfs + "/dumps/new/{date}",
                "--warehouse", warehouse(), "--master", "local[2]")) {
            assertThat(killed.awaitLine(l -> l.contains("stage sentences"))).as(killed.output()).isTrue();
            killed.kill();
        }
        assertThat(fingerprint()).as("killed before its commit: the previous data, whole").isEqualTo(first);
        FileSystem fs = cluster.getFileSystem();
        assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(warehouse() + "/_staging"))).as("its uncommitted staging")
                .isNotEmpty();

        assertThat(nightly("new").status()).as("the rerun breaks the killed run's lease").isEqualTo("succeeded");
        Map<String, List<Object>> recovered = fingerprint();
        assertThat(recovered.get("articles").get(0)).isEqualTo(5L);

        try (ChildProcess sql = cli("sql", "--warehouse", warehouse(), "--format", "csv",
                "select count(*) as n from articles where dump_date = '" + DATE + "'")) {
            assertThat(sql.waitFor()).as(sql.output()).isZero();
            assertThat(sql.output().lines()).containsSequence("n", "5");
        }
        try (ChildProcess status = cli("status", "--warehouse", warehouse())) {
            assertThat(status.waitFor()).as(status.output()).isZero();
            assertThat(status.output()).contains("  " + DATE + "  complete");
        }
    }
}
