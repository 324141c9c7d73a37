package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;

import khabar.jobs.TestSpark;
import khabar.jobs.cli.Summary;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class FirstTaskTest {
    @Test
    void measuresFromTheJvmStartToTheFirstTaskLaunchedAfterItWasRegistered() throws Exception {
        SparkSession spark = TestSpark.session();
        FirstTask first = FirstTask.register(spark.sparkContext());
        assertThat(first.secondsFromJvmStart()).isEmpty();
        assertThat(Summary.startup(first.secondsFromJvmStart())).contains("no Spark task ran");

        // the same clock as Spark's launch times (wall-clock milliseconds), not the JVM's uptime: the two drift
        // apart by milliseconds over a long test JVM
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        double before = (System.currentTimeMillis() - jvmStart) / 1000.0;
        spark.createDataset(List.of(1, 2, 3), org.apache.spark.sql.Encoders.INT()).count();
        double after = (System.currentTimeMillis() - jvmStart) / 1000.0;
        // listeners hear of tasks on Spark's event thread: wait for it, with a limit
        for (int i = 0; i < 100 && first.secondsFromJvmStart().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(first.secondsFromJvmStart()).isPresent();
        double seconds = first.secondsFromJvmStart().getAsDouble();
        assertThat(seconds).isBetween(before, after);

        // the first launch stays: a later job does not move it
        spark.createDataset(List.of(4, 5), org.apache.spark.sql.Encoders.INT()).count();
        Thread.sleep(200);
        assertThat(first.secondsFromJvmStart().getAsDouble()).isEqualTo(seconds);
        assertThat(Summary.startup(first.secondsFromJvmStart())).contains(String.format("%.2f s", seconds));
    }
}
