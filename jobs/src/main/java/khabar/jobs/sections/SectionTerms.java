package khabar.jobs.sections;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.LanguageSupport;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark ML stage, first of the section model: the terms an article's text is classified on. The text is
 * cut at {@code maxChars}, put in its language's lexicon form ({@link LanguageSupport#lexiconKey}: Urdu letters
 * normalized, English lower case) and split into words (runs of letters, marks and digits; numbers dropped);
 * the terms are the language ({@code L:ur}), each word ({@code w:}), each pair of neighbouring words
 * ({@code b:}) and the character n-grams of each word padded with {@code <} and {@code >} ({@code c:}, lengths
 * {@code minN..maxN}). A null text, a language not in {@code languages} or a text without words gives no terms
 * (the section is then null). Written and read with the model ({@link DefaultParamsWritable}).
 */
public final class SectionTerms extends Transformer implements DefaultParamsWritable {
    private static final long serialVersionUID = 1L;
    private static final String[] NONE = new String[0];

    private final String uid;
    private final Param<String> textCol;
    private final Param<String> languageCol;
    private final Param<String> outputCol;
    private final StringArrayParam languages;
    private final IntParam maxChars;
    private final IntParam minN;
    private final IntParam maxN;

    public SectionTerms() {
        this(Identifiable.randomUID("khabarSectionTerms"));
    }

    public SectionTerms(String uid) {
        this.uid = uid;
        textCol = new Param<>(this, "textCol", "column with the article's text (string; null: no terms)");
        languageCol = new Param<>(this, "languageCol", "column with the ISO 639-1 language (string)");
        outputCol = new Param<>(this, "outputCol", "array<string> column to write the terms to");
        languages = new StringArrayParam(this, "languages", "languages the model was trained on; others get no terms");
        maxChars = new IntParam(this, "maxChars", "characters of the text read (the rest is ignored)");
        minN = new IntParam(this, "minN", "shortest character n-gram");
        maxN = new IntParam(this, "maxN", "longest character n-gram");
        setDefault(textCol, "text");
        setDefault(languageCol, "language");
        setDefault(outputCol, "terms");
        setDefault(languages, new String[] {"en", "ur"});
        setDefault(maxChars, 3000);
        setDefault(minN, 3);
        setDefault(maxN, 4);
    }

    /** How the model is read back ({@code PipelineModel.load} calls this). */
    public static MLReader<SectionTerms> read() {
        return new DefaultParamsReader<>();
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

    public StringArrayParam languages() {
        return languages;
    }

    public IntParam maxChars() {
        return maxChars;
    }

    public IntParam minN() {
        return minN;
    }

    public IntParam maxN() {
        return maxN;
    }

    public SectionTerms setTextCol(String c) {
        set(textCol, c);
        return this;
    }

    public SectionTerms setLanguageCol(String c) {
        set(languageCol, c);
        return this;
    }

    public SectionTerms setOutputCol(String c) {
        set(outputCol, c);
        return this;
    }

    public SectionTerms setLanguages(String... l) {
        set(languages, l);
        return this;
    }

    public SectionTerms setCharNgrams(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("character n-grams: need 1 <= min <= max, got " + min + ".." + max);
        }
        set(minN, min);
        set(maxN, max);
        return this;
    }

    public SectionTerms setMaxChars(int n) {
        set(maxChars, n);
        return this;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        Set<String> langs = Set.of(getOrDefault(languages));
        int chars = (Integer) getOrDefault(maxChars);
        int lo = (Integer) getOrDefault(minN);
        int hi = (Integer) getOrDefault(maxN);
        return dataset.withColumn(getOrDefault(outputCol), udf((UDF2<String, String, String[]>)
                        (text, language) -> terms(text, language, langs, chars, lo, hi),
                DataTypes.createArrayType(DataTypes.StringType, false))
                .apply(col(getOrDefault(textCol)), col(getOrDefault(languageCol))));
    }

    /** The terms of one text (see the class comment); empty when there is nothing to classify. */
    public static String[] terms(String text, String language, Set<String> languages, int maxChars, int minN, int maxN) {
        if (text == null || language == null || !languages.contains(language)) {
            return NONE;
        }
        String cut = text.length() > maxChars ? text.substring(0, maxChars) : text;
        String key = LanguageRegistry.find(language).map(s -> s.lexiconKey(cut)).orElse(cut.toLowerCase(Locale.ROOT));
        List<String> words = words(key);
        if (words.isEmpty()) {
            return NONE;
        }
        List<String> out = new ArrayList<>(words.size() * 8);
        out.add("L:" + language);
        String previous = null;
        StringBuilder padded = new StringBuilder();
        for (String w : words) {
            out.add("w:" + w);
            if (previous != null) {
                out.add("b:" + previous + ' ' + w);
            }
            previous = w;
            padded.setLength(0);
            padded.append('<').append(w).append('>');
            for (int n = minN; n <= maxN; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    out.add("c:" + padded.substring(i, i + n));
                }
            }
        }
        return out.toArray(NONE);
    }

    /** Runs of letters, marks and digits, numbers (digits only) left out. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean letter = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && isWordChar(s.charAt(i));
            if (inWord) {
                if (start < 0) {
                    start = i;
                    letter = false;
                }
                letter |= Character.isLetter(s.charAt(i));
            } else if (start >= 0) {
                if (letter) {
                    words.add(s.substring(start, i));
                }
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        for (Param<String> p : List.of(textCol, languageCol)) {
            String name = getOrDefault(p);
            if (!List.of(schema.fieldNames()).contains(name) || !schema.apply(name).dataType().equals(DataTypes.StringType)) {
                throw new IllegalArgumentException(p.name() + ": no string column '" + name + "' in " + schema.simpleString());
            }
        }
        if (List.of(schema.fieldNames()).contains(getOrDefault(outputCol))) {
            throw new IllegalArgumentException("outputCol: column '" + getOrDefault(outputCol) + "' exists already");
        }
        List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
        fields.add(new StructField(getOrDefault(outputCol), DataTypes.createArrayType(DataTypes.StringType, false), false,
                Metadata.empty()));
        return new StructType(fields.toArray(StructField[]::new));
    }

    @Override
    public SectionTerms copy(ParamMap extra) {
        return defaultCopy(extra);
    }
}
