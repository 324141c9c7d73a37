package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Counts, per input file, the records read and what became of each: article, duplicate or reject
 * ({@link FileCounts}). Reads: the records of {@link ReadDumps}, the final articles (with
 * {@code duplicate_of}) and the reject rows. A record's file is its {@code origin}, or for an archive
 * entry ({@code file!/entry}) the listed file that prefixes it.
 */
public final class InputAccounting {
    static final String DUPLICATE_ID = "DUPLICATE_ID";

    private InputAccounting() {
    }

    /** One {@link FileCounts} per listed file (zeros for a file that gave no record), in listing order. */
    public static List<FileCounts> count(List<String> files, Dataset<Row> records, Dataset<Row> articles,
                                         Dataset<Row> rejects) {
        UserDefinedFunction fileOf = fileOf(files);
        Column one = lit(1L);
        Dataset<Row> outcomes = records.select(col("origin"), one.as("records"), lit(0L).as("articles"),
                        lit(0L).as("duplicates"), lit(0L).as("rejects"))
                .unionByName(articles.select(col("origin"), lit(0L).as("records"),
                        when(col("duplicate_of").isNull(), one).otherwise(0L).as("articles"),
                        when(col("duplicate_of").isNotNull(), one).otherwise(0L).as("duplicates"),
                        lit(0L).as("rejects")))
                .unionByName(rejects.select(col("origin"), lit(0L).as("records"), lit(0L).as("articles"),
                        when(col("reason_code").equalTo(DUPLICATE_ID), one).otherwise(0L).as("duplicates"),
                        when(col("reason_code").equalTo(DUPLICATE_ID), 0L).otherwise(one).as("rejects")));
        List<Row> perFile = outcomes.groupBy(fileOf.apply(col("origin")).as("file"))
                .agg(sum("records"), sum("articles"), sum("duplicates"), sum("rejects")).collectAsList();
        Map<String, FileCounts> byFile = new LinkedHashMap<>();
        for (String f : files) {
            byFile.put(f, new FileCounts(f, 0, 0, 0, 0));
        }
        for (Row r : perFile) {
            byFile.put(r.getString(0), new FileCounts(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3),
                    r.getLong(4)));
        }
        return new ArrayList<>(byFile.values());
    }

    /**
     * Fails when a file's records are not exactly its articles, duplicates and rejects: a record was lost
     * or counted twice between reading and writing.
     */
    public static void checkBalanced(List<FileCounts> counts) {
        for (FileCounts f : counts) {
            if (!f.balanced()) {
                throw new IllegalStateException(String.format("the accounting of %s does not balance: %d records "
                        + "read, but %d articles + %d duplicates + %d rejects. This is a bug in khabar: please report "
                        + "it with this input file; nothing of this run was committed.",
                        f.file(), f.records(), f.articles(), f.duplicates(), f.rejects()));
            }
        }
    }

    /** The listed file an origin belongs to: itself, or the longest listed prefix before a {@code !/}. */
    static String fileOf(String origin, Set<String> files) {
        if (files.contains(origin)) {
            return origin;
        }
        for (int i = origin.lastIndexOf("!/"); i > 0; i = origin.lastIndexOf("!/", i - 1)) {
            String prefix = origin.substring(0, i);
            if (files.contains(prefix)) {
                return prefix;
            }
        }
        return origin;
    }

    private static UserDefinedFunction fileOf(List<String> files) {
        HashSet<String> listed = new HashSet<>(files);
        return udf((UDF1<String, String>) origin -> fileOf(origin, listed), DataTypes.StringType);
    }
}
