package khabar.jobs.nightly;

import java.time.LocalDate;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the steps of the nightly job share: how a step is named in the log and the Spark UI, and where rows are kept. */
final class JobSteps {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    /**
     * Where the read side's cached rows (records, prepared rows, articles, rejects) are kept: on local disk, not
     * in the heap. In the heap, three copies of the texts grew with N beside the models and made G1 work harder
     * per article the larger the input (docs/benchmarks.md, "What was tried").
     */
    static final StorageLevel READ_SIDE = StorageLevel.DISK_ONLY();

    private JobSteps() {
    }

    /** Names what Spark does next: the job description in the Spark UI (and bench reports), and a log line. */
    static void describe(SparkSession spark, String what) {
        spark.sparkContext().setJobDescription("khabar: " + what);
        LOG.info("khabar: {}", what);
    }

    /** A date as Spark returns it from a date column. */
    static LocalDate localDate(Object sparkDate) {
        return sparkDate instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) sparkDate;
    }
}
