package khabar.jobs.sections;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import khabar.core.reading.eval.LabelScores;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * {@code khabar train-sections}: fits the {@link SectionModel} on weak-labelled text ({@code <language>.tsv}
 * files of {@code label<TAB>text} lines under the input folder, as bin/extract-sections-data writes them) and
 * writes it with {@code write()}. Each language's labels are capped at {@code maxPerLabel} articles (chosen by
 * a hash of the text, so reruns pick the same ones) and weighted so that every label of a language weighs the
 * same; {@code holdout} of the articles (by hash) are kept out of training and scored.
 */
public final class TrainSections {
    private TrainSections() {
    }

    /** What to train on and where to write. */
    public record Options(Path input, Path out, SectionModel.Settings settings, int maxPerLabel, double holdout, long seed) {
    }

    /** What the training saw, and the held-out scores per language. */
    public record Run(Map<String, Map<String, Long>> trainCounts, Map<String, LabelScores> heldOut, double seconds,
                      long modelBytes) {
        public String toText() {
            StringBuilder b = new StringBuilder();
            trainCounts.forEach((lang, counts) -> b.append("train ").append(lang).append(": ").append(counts).append('\n'));
            heldOut.forEach((lang, s) -> b.append(String.format(Locale.ROOT, "held out %s: accuracy %.4f macro-F1 %.4f (%d)%n",
                    lang, s.accuracy(), s.macroF1(), s.items())));
            b.append(String.format(Locale.ROOT, "model: %.1f MB, %.0f s%n", modelBytes / 1e6, seconds));
            return b.toString();
        }
    }

    public static Run run(Options o, SparkSession spark) throws IOException {
        long start = System.nanoTime();
        Dataset<Row> all = read(spark, o.input());
        Column heldOut = expr("pmod(xxhash64(text, " + o.seed() + "L), 1000)").lt(Math.round(o.holdout() * 1000));
        Dataset<Row> train = capped(all.filter(heldOut.unary_$bang()), o).cache();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Row r : train.groupBy("language", "label").agg(count(lit(1))).orderBy("language", "label").collectAsList()) {
            counts.computeIfAbsent(r.getString(0), k -> new LinkedHashMap<>()).put(r.getString(1), r.getLong(2));
        }
        SectionModel.Settings settings = new SectionModel.Settings(List.copyOf(counts.keySet()), o.settings().numFeatures(),
                o.settings().minN(), o.settings().maxN(), o.settings().maxChars(), o.settings().regParam(), o.settings().maxIter());
        spark.sparkContext().setJobDescription("train-sections: fit");
        PipelineModel model = SectionModel.pipeline(settings).fit(train.withColumn(SectionModel.TEXT, col("text"))
                .withColumn(SectionModel.LANGUAGE, col("language")));
        train.unpersist();
        spark.sparkContext().setJobDescription("train-sections: write");
        model.write().overwrite().save(o.out().toUri().toString());
        try (java.io.OutputStream scorer = java.nio.file.Files.newOutputStream(o.out().resolve(Sections.SCORER))) {
            SectionScorer.of(model).write(scorer);
        }
        ShippedSectionModel.writeFileList(o.out());
        Map<String, LabelScores> scores = new LinkedHashMap<>();
        if (o.holdout() > 0) {
            spark.sparkContext().setJobDescription("train-sections: score the held-out articles");
            Dataset<Row> scored = SectionModel.classify(model, all.filter(heldOut), col("text"), col("language"),
                    "predicted", "confidence");
            Map<String, List<String>[]> byLang = new LinkedHashMap<>();
            for (Row r : scored.select("language", "label", "predicted").orderBy("language").collectAsList()) {
                @SuppressWarnings("unchecked")
                List<String>[] lists = byLang.computeIfAbsent(r.getString(0), k -> new List[] {new ArrayList<>(), new ArrayList<>()});
                lists[0].add(r.getString(1));
                lists[1].add(r.getString(2));
            }
            byLang.forEach((lang, l) -> scores.put(lang, LabelScores.of(l[0], l[1], 0)));
        }
        return new Run(counts, scores, (System.nanoTime() - start) / 1e9, size(o.out()));
    }

    /** Every {@code <language>.tsv} under {@code dir}: columns language, label, text. */
    static Dataset<Row> read(SparkSession spark, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--input " + dir + ": no <language>.tsv files (bin/extract-sections-data writes them)");
        }
        Dataset<Row> all = null;
        for (Path f : files) {
            String lang = f.getFileName().toString().replaceFirst("\\.tsv$", "");
            Dataset<Row> rows = spark.read().text(f.toUri().toString())
                    .select(lit(lang).as("language"), substring_index(col("value"), "\t", 1).as("label"),
                            expr("substring(value, instr(value, '\t') + 1)").as("text"))
                    .filter(col("label").isin(Sections.LABELS.toArray()));
            all = all == null ? rows : all.unionByName(rows);
        }
        return all;
    }

    /** At most maxPerLabel articles of each language and label, with the label's index and weight. */
    private static Dataset<Row> capped(Dataset<Row> rows, Options o) {
        Dataset<Row> kept = rows.withColumn("rank", row_number().over(Window.partitionBy("language", "label")
                        .orderBy(xxhash64(col("text"), lit(o.seed())))))
                .filter(col("rank").leq(o.maxPerLabel())).drop("rank");
        Dataset<Row> sizes = kept.groupBy("language", "label").agg(count(lit(1)).as("n"));
        Dataset<Row> langs = kept.groupBy("language").agg(count(lit(1)).as("n_lang"), countDistinct("label").as("labels"));
        return kept.join(sizes, new String[] {"language", "label"}).join(langs, "language")
                .withColumn(SectionModel.WEIGHT, col("n_lang").divide(col("labels").multiply(col("n"))))
                .withColumn(SectionModel.LABEL_INDEX,
                        array_position(array(Sections.LABELS.stream().map(l -> lit(l)).toArray(Column[]::new)), col("label")).minus(1).cast("double"))
                .select("language", "label", "text", SectionModel.WEIGHT, SectionModel.LABEL_INDEX);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".crc")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
