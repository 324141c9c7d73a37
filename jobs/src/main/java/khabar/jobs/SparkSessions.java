package khabar.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one place khabar builds its SparkSession. */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A session for {@code appName}. The master comes from spark-submit when it set one, else from
     * {@code master} (the --master flag or khabar.spark.master). Times are UTC everywhere.
     */
    public static SparkSession create(String appName, String master, int shufflePartitions) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            conf.setMaster(master);
        }
        conf.setAppName(appName)
                .setIfMissing("spark.sql.session.timeZone", "UTC")
                .setIfMissing("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
                .setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .setIfMissing("spark.sql.jsonGenerator.ignoreNullFields", "false")
                .setIfMissing("spark.ui.showConsoleProgress", "false")
                .setIfMissing("spark.sql.adaptive.enabled", "true");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
