package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code themes}: one row per piece of evidence of a GKG-style theme in an analysed title or body (docs/themes-tone.md). */
public final class ThemesTable {
    public static final TableSpec SPEC = new TableSpec("themes", new StructType(new StructField[] {
        required("article_id", StringType, "The article (articles.article_id)."),
        Columns.dumpDate(),
        required("language", StringType, "Language of the text the evidence was found in (the lexicon used)."),
        required("theme", StringType, "GKG-style theme code: ELECTION, PROTEST, TERRORISM, ARMED_CONFLICT, ... (docs/themes-tone.md lists them)."),
        required("section", StringType, "'title' or 'body'."),
        required("sentence_index", IntegerType, "Sentence of the evidence (sentences.sentence_index)."),
        required("char_begin", IntegerType, "UTF-16 offset of the evidence in the section string."),
        required("char_end", IntegerType, "UTF-16 offset one past it: evidence = section.substring(char_begin, char_end)."),
        required("evidence", StringType, "The evidence as written."),
        required("term", StringType, "The lexicon term that matched (its words' lexicon keys: lower case; Urdu normalized)."),
    }), "One row per theme evidence: a term of the language's theme lexicon found in an analysed title or body. "
            + "Count distinct article_id per theme to count articles.");

    private ThemesTable() {
    }
}
