package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
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
    private static final String DATE = khabar.jobs.tables.TableSpec.PARTITION_COLUMN;

    private InputAccounting() {
    }

    /**
     * One {@link FileCounts} per listed file of each date (zeros for a file that gave no record), in
     * listing order. The records, articles and rejects carry a {@code dump_date} column; one Spark job
     * counts every date.
     */
    public static Map<LocalDate, List<FileCounts>> count(Map<LocalDate, List<String>> files, Dataset<Row> records,
                                                         Dataset<Row> articles, Dataset<Row> rejects) {
        UserDefinedFunction fileOf = fileOf(files.values().stream().flatMap(List::stream).toList());
        Column one = lit(1L);
        Column date = col(DATE);
        Dataset<Row> outcomes = records.select(date, col("origin"), one.as("records"), lit(0L).as("articles"),
                        lit(0L).as("duplicates"), lit(0L).as("rejects"))
                .unionByName(articles.select(date, col("origin"), lit(0L).as("records"),
                        when(col("duplicate_of").isNull(), one).otherwise(0L).as("articles"),
                        when(col("duplicate_of").isNotNull(), one).otherwise(0L).as("duplicates"),
                        lit(0L).as("rejects")))
                .unionByName(rejects.select(date, col("origin"), lit(0L).as("records"), lit(0L).as("articles"),
                        when(col("reason_code").equalTo(DUPLICATE_ID), one).otherwise(0L).as("duplicates"),
                        when(col("reason_code").equalTo(DUPLICATE_ID), 0L).otherwise(one).as("rejects")));
        List<Row> perFile = outcomes.groupBy(date, fileOf.apply(col("origin")).as("file"))
                .agg(sum("records"), sum("articles"), sum("duplicates"), sum("rejects")).collectAsList();
        Map<LocalDate, Map<String, FileCounts>> byDate = new LinkedHashMap<>();
        files.forEach((d, listed) -> {
            Map<String, FileCounts> byFile = byDate.computeIfAbsent(d, x -> new LinkedHashMap<>());
            listed.forEach(f -> byFile.put(f, new FileCounts(f, 0, 0, 0, 0)));
        });
        for (Row r : perFile) {
            Object d = r.get(0);
            LocalDate day = d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d;
            byDate.computeIfAbsent(day, x -> new LinkedHashMap<>()).put(r.getString(1),
                    new FileCounts(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
        }
        Map<LocalDate, List<FileCounts>> out = new LinkedHashMap<>();
        byDate.forEach((d, byFile) -> out.put(d, new ArrayList<>(byFile.values())));
        return out;
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
