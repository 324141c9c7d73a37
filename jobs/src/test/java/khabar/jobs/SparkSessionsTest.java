package khabar.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
    @Test
    void theJarCarriesConfSparkDefaultsConfUnchanged() throws IOException {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("../conf/spark-defaults.conf"))) {
            file.load(in);
        }
        assertThat(SparkSessions.defaults()).isEqualTo(file);
    }

    @Test
    void anEmbeddedSessionHasTheSettingsOfSparkDefaultsConf() {
        SparkSession spark = TestSpark.session();
        assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("UTC");
        assertThat(spark.conf().get("spark.sql.parquet.outputTimestampType")).isEqualTo("TIMESTAMP_MICROS");
        assertThat(spark.conf().get("spark.sql.jsonGenerator.ignoreNullFields")).isEqualTo("false");
        assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("4");
    }
}
