package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code sentences}: one row per sentence of each analysed title and body. */
public final class SentencesTable {
    public static final TableSpec SPEC = new TableSpec("sentences", new StructType(new StructField[] {
        required("article_id", StringType, "The article (articles.article_id)."),
        Columns.dumpDate(),
        required("language", StringType, "Language the sentence was analysed as (the article's)."),
        required("section", StringType, "'title' or 'body': which string of the article the offsets index into."),
        required("sentence_index", IntegerType, "0-based position of the sentence in its section."),
        required("char_begin", IntegerType, "UTF-16 offset of the sentence's first char in the section."),
        required("char_end", IntegerType, "UTF-16 offset one past its last char."),
        required("text", StringType, "The sentence as written: section.substring(char_begin, char_end)."),
        required("tokens", Columns.strings(), "Its tokens, normalized for NLP (Urdu letters and digits normalized)."),
    }), "One row per sentence of every analysed title and body.");

    private SentencesTable() {
    }
}
