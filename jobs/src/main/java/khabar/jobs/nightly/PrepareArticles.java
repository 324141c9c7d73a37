package khabar.jobs.nightly;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import khabar.core.article.ArticleIds;
import khabar.core.article.Datelines;
import khabar.core.article.PublicationDates;
import khabar.core.lang.LanguageGuess;
import khabar.core.lang.LanguageIdentifier;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.RowBuilder;
import khabar.jobs.tables.TableSpec;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage 2, extract and clean: records → articles. Reads: the article rows of {@link ReadDumps}.
 * Writes: one row per article with NFC text, its id and content hash, language, publication time and
 * dateline. Language id runs here, once per article.
 */
public final class PrepareArticles {
    /**
     * A prepared article: the {@code articles} table's columns but those later steps fill (duplicate_of when
     * deduplicating, the analysis counts and the run's version when staging) and the date.
     */
    public static final StructType PREPARED = ArticlesTable.SPEC.columnsExcept(java.util.stream.Stream.concat(java.util.stream.Stream.of(
            TableSpec.PARTITION_COLUMN, ArticlesTable.DUPLICATE_OF, ArticlesTable.STORY_ID, "token_count", "sentence_count",
            "nlp_truncated", "pipeline_version"), ArticlesTable.TONE_COLUMNS.stream()).collect(java.util.stream.Collectors.toSet()));

    private PrepareArticles() {
    }

    /**
     * The articles of {@code records}. When the records carry a {@code dump_date} column (a group of
     * dates), it is kept as the last column.
     */
    public static Dataset<Row> prepare(Dataset<Row> records) {
        boolean withDate = List.of(records.columns()).contains(TableSpec.PARTITION_COLUMN);
        StructType schema = withDate ? PREPARED.add(TableSpec.PARTITION_COLUMN, DataTypes.DateType, false) : PREPARED;
        return records.filter(col("reason_code").isNull())
                .mapPartitions((MapPartitionsFunction<Row, Row>) in -> prepareAll(in, withDate), Encoders.row(schema));
    }

    private static Iterator<Row> prepareAll(Iterator<Row> in, boolean withDate) {
        LanguageIdentifier languages = LanguageIdentifier.shared();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Row next() {
                Row r = in.next();
                Row prepared = prepare(r, languages);
                return withDate ? withDate(prepared, r.get(r.fieldIndex(TableSpec.PARTITION_COLUMN))) : prepared;
            }
        };
    }

    static Row prepare(Row r, LanguageIdentifier languages) {
        String title = nfc(r.getAs("title"));
        String text = nfc(r.getAs("text"));
        String hint = r.getAs("language_hint");
        LanguageGuess guess = languages.identify(text);
        String language = guess.language();
        double score = guess.score();
        if (LanguageGuess.UNDETERMINED.equals(language) && hint != null && hint.matches("[a-z]{2}")) {
            language = hint;
            score = 0.5;
        }
        String hash = ArticleIds.contentHash(title, text);
        String origin = r.getAs("origin");
        long offset = r.getAs("origin_offset");
        String url = r.getAs("url");
        Instant published = PublicationDates.parse(r.getAs("published_at"));
        List<String> authors = r.isNullAt(r.fieldIndex("authors")) ? List.of() : new ArrayList<>(r.getList(r.fieldIndex("authors")));
        String dateline = r.getAs("dateline");
        String place = dateline == null ? null : Datelines.place(dateline + " -");
        return new RowBuilder(PREPARED).set(ArticlesTable.ARTICLE_ID, ArticleIds.articleId(url, origin, offset, hash))
                .set("source", r.getAs("source")).set("url", url).set(ArticlesTable.TITLE, title)
                .set(ArticlesTable.TEXT, text).set(ArticlesTable.LANGUAGE, language).set("language_score", score)
                .set(ArticlesTable.PUBLISHED_AT, published == null ? null : Timestamp.from(published))
                .set("dateline", place != null ? place : Datelines.place(text)).set("char_count", text.length())
                .set(ArticlesTable.CONTENT_HASH, hash).set(ArticlesTable.ORIGIN, origin)
                .set(ArticlesTable.ORIGIN_OFFSET, offset).set("authors", ScalaSeqs.of(authors)).build();
    }

    private static Row withDate(Row prepared, Object date) {
        Object[] values = new Object[prepared.length() + 1];
        for (int i = 0; i < prepared.length(); i++) {
            values[i] = prepared.get(i);
        }
        values[prepared.length()] = date;
        return RowFactory.create(values);
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
