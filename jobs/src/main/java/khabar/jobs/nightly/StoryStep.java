package khabar.jobs.nightly;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stories: every article of the group gets its {@code story_id} ({@link StoryClusters}): a wire story and the
 * newspapers' rewrites of it share one, across the dates of the group. Runs after the check, before the
 * analysis (the analysis and the tables read the ids); rewrites keep their own analysis, only copies
 * ({@code duplicate_of}) skip it, as before.
 */
final class StoryStep {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private StoryStep() {
    }

    static Dataset<Row> cluster(SparkSession spark, Dataset<Row> articles) {
        JobSteps.describe(spark, "story clusters");
        StoryClusters.Result result = StoryClusters.assign(spark, articles);
        LOG.info("khabar: story clusters: {} stock shingles left out, {} candidate pairs, {} verified as one story",
                result.stockShingles(), result.candidatePairs(), result.verifiedPairs());
        return result.articles();
    }
}
