package khabar.jobs.clusters;

import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Keeps the first N tokens of a corpus in read order (partition by partition, line by line): whole lines, up to
 * and including the line that reaches N. Deterministic for the same input and partitioning, so a capped run can
 * be repeated exactly. Costs one pass to count the tokens of each partition.
 */
final class TokenCap {
    private TokenCap() {
    }

    /**
     * @param lines  one row per line, with an array of tokens in column {@code tokensCol} (cached: read twice)
     * @param tokens its total token count
     * @param max    the cap (over 0)
     */
    static Dataset<Row> firstTokens(SparkSession spark, Dataset<Row> lines, String tokensCol, long tokens, long max) {
        if (tokens <= max) {
            return lines;
        }
        int col = lines.schema().fieldIndex(tokensCol);
        JavaRDD<Row> rdd = lines.javaRDD();
        List<Long> perPartition = rdd.mapPartitions((Iterator<Row> it) -> {
            long n = 0;
            while (it.hasNext()) {
                n += it.next().getList(col).size();
            }
            return List.of(n).iterator();
        }).collect();
        long[] allowance = new long[perPartition.size()];
        long left = max;
        for (int p = 0; p < allowance.length; p++) {
            allowance[p] = Math.min(left, perPartition.get(p));
            left -= allowance[p];
        }
        JavaRDD<Row> kept = rdd.mapPartitionsWithIndex((Integer p, Iterator<Row> it) -> new Iterator<Row>() {
            private long seen;

            @Override
            public boolean hasNext() {
                return seen < allowance[p] && it.hasNext();
            }

            @Override
            public Row next() {
                Row r = it.next();
                seen += r.getList(col).size();
                return r;
            }
        }, true);
        return spark.createDataFrame(kept, lines.schema());
    }
}
