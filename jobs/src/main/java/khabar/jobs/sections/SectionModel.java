package khabar.jobs.sections;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.api.java.function.Function0;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.IndexToString;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The section model: a Spark ML {@link Pipeline} of {@link SectionTerms} (words, word pairs and character
 * n-grams in the language's lexicon form) → {@link HashingTF} (binary) → {@link IDF} → L2 {@link Normalizer} →
 * multinomial {@link LogisticRegression} (class-weighted) → {@link IndexToString} (the label of
 * {@link Sections#LABELS}). One model for all its languages: the language is a term, and Urdu and English share
 * no words. Its columns are all named {@code section_*}; {@link #classify} adds the section and its confidence
 * to any dataset, scoring each row in one step with {@link SectionScorer}.
 */
public final class SectionModel {
    /** The text the model reads (title and body) and its language: set by {@link #classify}. */
    public static final String TEXT = "section_text";
    public static final String LANGUAGE = "section_language";
    /** Training: the label's class index (double) and the row's weight. */
    public static final String LABEL_INDEX = "section_label_index";
    public static final String WEIGHT = "section_weight";

    static final String TERMS = "section_terms";
    private static final String TF = "section_tf";
    private static final String TFIDF = "section_tfidf";
    private static final String FEATURES = "section_features";
    private static final String RAW = "section_raw";
    private static final String PROBABILITY = "section_probability";
    private static final String PREDICTION = "section_prediction";
    private static final String PREDICTED = "section_predicted";
    private static final String SCORED_COLUMN = "section_scored";
    private static final StructType SCORED = new StructType().add("section", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false);
    private static final List<String> WORK_COLUMNS = List.of(TEXT, LANGUAGE, TERMS, TF, TFIDF, FEATURES, RAW,
            PROBABILITY, PREDICTION, PREDICTED);

    private SectionModel() {
    }

    /** How the model is trained (see {@code khabar train-sections --help}). */
    public record Settings(List<String> languages, int numFeatures, int minN, int maxN, int maxChars, double regParam,
                           int maxIter) {
        public static final int DEFAULT_NUM_FEATURES = 1 << 16;
        public static final double DEFAULT_REG_PARAM = 1e-4;
    }

    /** The pipeline to fit on rows with {@link #TEXT}, {@link #LANGUAGE}, {@link #LABEL_INDEX} and {@link #WEIGHT}. */
    public static Pipeline pipeline(Settings s) {
        SectionTerms terms = new SectionTerms().setTextCol(TEXT).setLanguageCol(LANGUAGE).setOutputCol(TERMS)
                .setLanguages(s.languages().toArray(String[]::new)).setCharNgrams(s.minN(), s.maxN())
                .setMaxChars(s.maxChars());
        HashingTF tf = new HashingTF().setInputCol(TERMS).setOutputCol(TF).setNumFeatures(s.numFeatures()).setBinary(true);
        IDF idf = new IDF().setInputCol(TF).setOutputCol(TFIDF).setMinDocFreq(2);
        Normalizer norm = new Normalizer().setInputCol(TFIDF).setOutputCol(FEATURES).setP(2.0);
        LogisticRegression lr = new LogisticRegression().setFeaturesCol(FEATURES).setLabelCol(LABEL_INDEX)
                .setWeightCol(WEIGHT).setFamily("multinomial").setStandardization(false).setRegParam(s.regParam())
                .setElasticNetParam(0.0).setMaxIter(s.maxIter()).setRawPredictionCol(RAW)
                .setProbabilityCol(PROBABILITY).setPredictionCol(PREDICTION);
        IndexToString label = new IndexToString().setInputCol(PREDICTION).setOutputCol(PREDICTED)
                .setLabels(Sections.LABELS.toArray(String[]::new));
        return new Pipeline().setStages(new PipelineStage[] {terms, tf, idf, norm, lr, label});
    }

    /**
     * {@code rows} with two more columns: {@code sectionCol}, the predicted label, and {@code confidenceCol}, its
     * probability (0..1); both null where {@code text} is null, has no words, or is in a language the model does
     * not know. One UDF per row ({@link SectionScorer}: the fitted stages' arithmetic, as {@code model.transform}).
     */
    public static Dataset<Row> classify(PipelineModel model, Dataset<Row> rows, Column text, Column language,
                                        String sectionCol, String confidenceCol) {
        SectionScorer scorer = SectionScorer.of(model);
        return classify(() -> scorer, rows, text, language, sectionCol, confidenceCol);
    }

    /**
     * {@link #classify} with the jar's model ({@link ShippedSectionModel#scorer()}), read on each executor from its
     * class path: the nightly job's way, which needs no file the driver wrote.
     */
    public static Dataset<Row> classifyShipped(Dataset<Row> rows, Column text, Column language, String sectionCol,
                                               String confidenceCol) {
        return classify(ShippedSectionModel::scorer, rows, text, language, sectionCol, confidenceCol);
    }

    private static Dataset<Row> classify(Function0<SectionScorer> scorer, Dataset<Row> rows, Column text,
                                         Column language, String sectionCol, String confidenceCol) {
        UserDefinedFunction score = udf((UDF2<String, String, Row>) (t, l) -> {
            SectionScorer.Scored s = scorer.call().score(t, l);
            return s == null ? null : RowFactory.create(s.section(), s.confidence());
        }, SCORED);
        return rows.withColumn(SCORED_COLUMN, score.apply(text, language))
                .withColumn(sectionCol, col(SCORED_COLUMN + ".section"))
                .withColumn(confidenceCol, col(SCORED_COLUMN + ".confidence"))
                .drop(SCORED_COLUMN);
    }

    /** {@link #classify} through {@code model.transform} (Spark ML's own stages, column by column): for tests. */
    static Dataset<Row> classifyByTransform(PipelineModel model, Dataset<Row> rows, Column text, Column language,
                                            String sectionCol, String confidenceCol) {
        Dataset<Row> out = model.transform(rows.withColumn(TEXT, text).withColumn(LANGUAGE, language));
        Column known = size(col(TERMS)).gt(0);
        Column confidence = array_max(functions.vector_to_array(col(PROBABILITY), "float64"));
        return out.withColumn(sectionCol, when(known, col(PREDICTED)).otherwise(lit(null).cast(DataTypes.StringType)))
                .withColumn(confidenceCol, when(known, confidence).otherwise(lit(null).cast(DataTypes.DoubleType)))
                .drop(WORK_COLUMNS.toArray(String[]::new));
    }
}
