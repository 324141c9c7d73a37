package khabar.jobs.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import khabar.core.nlp.NlpSettings;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.EntitiesTable;
import khabar.jobs.tables.EventsTable;
import khabar.jobs.tables.QuotesTable;
import khabar.jobs.tables.SentencesTable;
import khabar.jobs.tables.TableSpec;
import khabar.jobs.tables.ThemesTable;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark ML stage: tokens, sentences, linked entities, CAMEO events, themes and tone of each article's title and body,
 * in the article's language. Reads: title, text and language columns (strings; null text means "do not
 * analyse"), and the publication time (timestamp) and dateline place (string) the event coder resolves
 * dates and places against. Writes: one struct column ({@link #OUTPUT}) with the sentences, entities and
 * events of both sections and their counts. Models load once per executor JVM ({@code khabar.core.lang.Analyzers}),
 * never per record or partition, and are never captured in the closure.
 *
 * <pre>{@code
 * Dataset<Row> analysed = new AnalyzeArticles().setTitleCol("title").setTextCol("text")
 *         .setLanguageCol("language").setOutputCol("nlp").transform(articles);
 * }</pre>
 */
public final class AnalyzeArticles extends Transformer {
    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> titleCol;
    private final Param<String> textCol;
    private final Param<String> languageCol;
    private final Param<String> outputCol;
    private final Param<String> publishedCol;
    private final Param<String> datelineCol;
    private NlpSettings settings = NlpSettings.defaults();
    private LocalDate fallbackDate;
    private String fallbackDateCol;
    private AnalyseListener listener = AnalyseListener.NONE;

    public AnalyzeArticles() {
        this(Identifiable.randomUID("khabarAnalyzeArticles"));
    }

    public AnalyzeArticles(String uid) {
        this.uid = uid;
        this.titleCol = new Param<>(this, "titleCol", "column with the title (string)");
        this.textCol = new Param<>(this, "textCol", "column with the body text (string; null: skip the article)");
        this.languageCol = new Param<>(this, "languageCol", "column with the ISO 639-1 language (string)");
        this.outputCol = new Param<>(this, "outputCol", "struct column to write the analysis to");
        this.publishedCol = new Param<>(this, "publishedCol", "column with the publication time (timestamp), for event dates");
        this.datelineCol = new Param<>(this, "datelineCol", "column with the dateline place (string), for event places");
        setDefault(publishedCol, "published_at");
        setDefault(datelineCol, "dateline");
        setDefault(titleCol, "title");
        setDefault(textCol, "text");
        setDefault(languageCol, "language");
        setDefault(outputCol, "nlp");
    }

    /** Spark ML finds a stage's params through public no-argument methods returning them. */
    public Param<String> titleCol() {
        return titleCol;
    }

    public Param<String> textCol() {
        return textCol;
    }

    public Param<String> languageCol() {
        return languageCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> publishedCol() {
        return publishedCol;
    }

    public Param<String> datelineCol() {
        return datelineCol;
    }

    /** The date event dates resolve against when an article has no publication time (the dump date). */
    public AnalyzeArticles setFallbackDate(LocalDate d) {
        this.fallbackDate = d;
        return this;
    }

    /**
     * A date column (the dump date) event dates resolve against when an article has no publication time;
     * wins over {@link #setFallbackDate}.
     */
    public AnalyzeArticles setFallbackDateCol(String c) {
        this.fallbackDateCol = c;
        return this;
    }

    public AnalyzeArticles setTitleCol(String c) {
        set(titleCol, c);
        return this;
    }

    public AnalyzeArticles setTextCol(String c) {
        set(textCol, c);
        return this;
    }

    public AnalyzeArticles setLanguageCol(String c) {
        set(languageCol, c);
        return this;
    }

    public AnalyzeArticles setOutputCol(String c) {
        set(outputCol, c);
        return this;
    }

    /** Who is told the step times of each article (benchmarks); {@link AnalyseListener#NONE} (the default): none. */
    public AnalyzeArticles setListener(AnalyseListener l) {
        this.listener = l;
        return this;
    }

    public AnalyzeArticles setSettings(NlpSettings s) {
        this.settings = s;
        return this;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        NlpSettings s = settings;
        LocalDate fallback = fallbackDate;
        AnalyseListener t = listener;
        UserDefinedFunction analyze = udf((UDF6<String, String, String, Timestamp, String, Date, Row>)
                (title, text, language, published, dateline, dumpDate) -> SectionRows.analyze(
                        new SectionRows.Article(title, text, language,
                                published == null ? null : published.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
                                dumpDate != null ? dumpDate.toLocalDate() : fallback, dateline), s,
                        t.forLanguage(language == null ? "und" : language)),
                OUTPUT).asNondeterministic();
        Column dumpDate = fallbackDateCol != null ? col(fallbackDateCol) : lit(null).cast(DataTypes.DateType);
        return dataset.withColumn(getOrDefault(outputCol), analyze.apply(
                col(getOrDefault(titleCol)), col(getOrDefault(textCol)), col(getOrDefault(languageCol)),
                col(getOrDefault(publishedCol)), col(getOrDefault(datelineCol)), dumpDate));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        for (Param<String> p : List.of(titleCol, textCol, languageCol, datelineCol)) {
            String name = getOrDefault(p);
            if (!List.of(schema.fieldNames()).contains(name)) {
                throw new IllegalArgumentException(p.name() + ": no column '" + name + "' in " + schema.simpleString());
            }
            if (!schema.apply(name).dataType().equals(DataTypes.StringType)) {
                throw new IllegalArgumentException(p.name() + ": column '" + name + "' must be a string, is "
                        + schema.apply(name).dataType().simpleString());
            }
        }
        String published = getOrDefault(publishedCol);
        if (!List.of(schema.fieldNames()).contains(published)
                || !schema.apply(published).dataType().equals(DataTypes.TimestampType)) {
            throw new IllegalArgumentException("publishedCol: no timestamp column '" + published + "' in "
                    + schema.simpleString());
        }
        if (List.of(schema.fieldNames()).contains(getOrDefault(outputCol))) {
            throw new IllegalArgumentException("outputCol: column '" + getOrDefault(outputCol) + "' exists already");
        }
        List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
        fields.add(new StructField(getOrDefault(outputCol), OUTPUT, true, org.apache.spark.sql.types.Metadata.empty()));
        return new StructType(fields.toArray(StructField[]::new));
    }

    @Override
    public AnalyzeArticles copy(ParamMap extra) {
        AnalyzeArticles copy = defaultCopy(extra);
        copy.settings = settings;
        copy.fallbackDate = fallbackDate;
        copy.fallbackDateCol = fallbackDateCol;
        copy.listener = listener;
        return copy;
    }

    /**
     * The columns of the sentences, entities and events tables that the article row supplies, not the
     * analysis: the nightly job adds them to each analysed row. The analysis fills the rest.
     */
    public static final Set<String> ARTICLE_COLUMNS = Set.of(ArticlesTable.ARTICLE_ID, ArticlesTable.LANGUAGE,
            TableSpec.PARTITION_COLUMN);

    /** One sentence of a section: the {@code sentences} table's columns but the article's. */
    public static final StructType SENTENCE = SentencesTable.SPEC.columnsExcept(ARTICLE_COLUMNS);

    /** One entity mention of a section: the {@code entities} table's columns but the article's. */
    public static final StructType ENTITY = EntitiesTable.SPEC.columnsExcept(ARTICLE_COLUMNS);

    /**
     * One coded event of a section: the {@code events} table's columns but the article's and
     * {@code event_id} (made from the article id after this stage), {@code num_articles} and {@code num_sources} (counted when staging).
     */
    public static final StructType EVENT = EventsTable.SPEC.columnsExcept(
            Stream.concat(ARTICLE_COLUMNS.stream(), EventsTable.STAGED.stream()).collect(Collectors.toSet()));

    /** One quotation of a section: the {@code quotes} table's columns but the article's. */
    public static final StructType QUOTE = QuotesTable.SPEC.columnsExcept(ARTICLE_COLUMNS);

    /** One theme evidence of a section: the {@code themes} table's columns but the article's. */
    public static final StructType THEME = ThemesTable.SPEC.columnsExcept(ARTICLE_COLUMNS);

    /**
     * The tone of title and body: the {@code articles} table's tone columns ({@link ArticlesTable#TONE_COLUMNS});
     * the struct is null when the article has no tone (docs/themes-tone.md).
     */
    public static final StructType TONE = ArticlesTable.SPEC.columnsExcept(ArticlesTable.SPEC.columnNames().stream()
            .filter(c -> !ArticlesTable.TONE_COLUMNS.contains(c)).collect(Collectors.toSet()));

    /**
     * The tables whose rows the analysis makes, each with the field of {@link #OUTPUT} that holds them (an
     * array of its {@link #SENTENCE}, {@link #ENTITY}, {@link #EVENT}, {@link #QUOTE} or {@link #THEME} rows), in
     * table order.
     */
    public static final Map<TableSpec, String> TABLE_FIELDS = tableFields();

    /** The output column: sentences, entities, events, quotations and themes of title and body, with counts and tone. */
    public static final StructType OUTPUT = new StructType()
            .add(TABLE_FIELDS.get(SentencesTable.SPEC), DataTypes.createArrayType(SENTENCE, false), false)
            .add(TABLE_FIELDS.get(EntitiesTable.SPEC), DataTypes.createArrayType(ENTITY, false), false)
            .add(TABLE_FIELDS.get(EventsTable.SPEC), DataTypes.createArrayType(EVENT, false), false)
            .add(TABLE_FIELDS.get(QuotesTable.SPEC), DataTypes.createArrayType(QUOTE, false), false)
            .add(TABLE_FIELDS.get(ThemesTable.SPEC), DataTypes.createArrayType(THEME, false), false)
            .add("tone", TONE, true)
            .add("token_count", DataTypes.IntegerType, false)
            .add("sentence_count", DataTypes.IntegerType, false)
            .add("truncated", DataTypes.BooleanType, false);

    private static Map<TableSpec, String> tableFields() {
        Map<TableSpec, String> m = new LinkedHashMap<>();
        m.put(SentencesTable.SPEC, "sentences");
        m.put(EntitiesTable.SPEC, "entities");
        m.put(EventsTable.SPEC, "events");
        m.put(QuotesTable.SPEC, "quotes");
        m.put(ThemesTable.SPEC, "themes");
        return Collections.unmodifiableMap(m);
    }
}
