package khabar.jobs;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of the jobs tests (started on first use, stopped when the JVM ends). */
public final class TestSpark {
    private static final class Holder {
        static final SparkSession SESSION = SparkSessions.create("khabar tests", "local[2]", 4);
    }

    private TestSpark() {
    }

    public static SparkSession session() {
        return Holder.SESSION;
    }
}
