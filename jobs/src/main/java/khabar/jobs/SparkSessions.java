package khabar.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place khabar builds its SparkSession. Its Spark settings are those of conf/spark-defaults.conf, their
 * one place: spark-submit reads the file ({@code --properties-file}), embedded runs the copy the jobs jar
 * carries ({@value #DEFAULTS}); a setting given otherwise (spark-submit {@code --conf}) wins. The one setting
 * the file cannot hold, {@link #LOCAL_FILE_SYSTEM}, is set here.
 */
public final class SparkSessions {
    /** The class-path resource: conf/spark-defaults.conf, copied by the build. */
    static final String DEFAULTS = "khabar/spark-defaults.conf";
    /**
     * Hadoop's class for {@code file:} paths, set to {@link NioLocalFileSystem} unless given: in the code, not in
     * conf/spark-defaults.conf, because spark-submit reads that file and opens the application jar through Hadoop
     * before the jar (and so the class) is on its class path.
     */
    static final String LOCAL_FILE_SYSTEM = "spark.hadoop.fs.file.impl";

    private SparkSessions() {
    }

    /**
     * A session for {@code appName}. The master comes from spark-submit when it set one, else from
     * {@code master} (the --master flag or khabar.spark.master); the shuffle partitions from
     * khabar.spark.shuffle-partitions unless Spark's own setting is given.
     */
    public static SparkSession create(String appName, String master, int shufflePartitions) {
        SparkConf conf = new SparkConf();
        conf.setMaster(master(master));
        conf.setAppName(appName).setIfMissing("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
        defaults().forEach((k, v) -> conf.setIfMissing(k.toString(), v.toString().strip()));
        conf.setIfMissing(LOCAL_FILE_SYSTEM, NioLocalFileSystem.class.getName());
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** The master a session gets: spark-submit's when it set one (system property spark.master), else {@code master}. */
    public static String master(String master) {
        return new SparkConf().get("spark.master", master);
    }

    /** conf/spark-defaults.conf as the jar carries it (Spark's format: key, whitespace, value; # comments). */
    static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = SparkSessions.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " missing from the jobs jar (conf/spark-defaults.conf)");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
