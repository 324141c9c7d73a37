package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.nullable;
import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code quotes}: one row per quotation (who said what; docs/quotes.md). */
public final class QuotesTable {
    public static final TableSpec SPEC = new TableSpec("quotes", new StructType(new StructField[] {
        required("article_id", StringType, "The article (articles.article_id)."),
        Columns.dumpDate(),
        required("language", StringType, "Language of the article."),
        required("section", StringType, "'title' or 'body'."),
        required("sentence_index", IntegerType, "Sentence the quote begins in (sentences.sentence_index)."),
        required("char_begin", IntegerType, "UTF-16 offset of the quote in the section: inside the quotation marks of a direct quote, "
                + "the reported clause (after کہ / that) of an indirect one."),
        required("char_end", IntegerType, "UTF-16 offset one past the quote (final stop excluded)."),
        required("quote", StringType, "The quote as written: section.substring(char_begin, char_end)."),
        required("speaker", StringType, "Who said it, as written: the PERSON or ORGANIZATION mention nearest the reporting verb on the "
                + "speaker side, else the role noun (ترجمان دفتر خارجہ, a police spokesman); for a pronoun (انہوں نے, he) the "
                + "speaker it stands for."),
        nullable("speaker_char_begin", IntegerType, "UTF-16 offset of the speaker in the section; null when unknown."),
        nullable("speaker_char_end", IntegerType, "UTF-16 offset one past the speaker; null when unknown."),
        nullable("speaker_kb_id", StringType, "Linked id of the speaker's mention (entities.kb_id); null when unlinked or a role noun."),
        required("speaker_type", StringType, "PERSON, ORGANIZATION (also a country that speaks: Iran said) or ROLE."),
        nullable("verb", StringType, "The reporting verb as written (کہا, کہنا تھا, کے مطابق, بقول, said, told, according to); null for "
                + "a quoted span that continues the speaker's previous quote without a verb."),
        required("kind", StringType, "'direct' (the speaker's words in quotation marks) or 'indirect' (reported)."),
    }), "One row per quotation: what was said, by whom (mention or role noun), with which verb, direct or indirect.");

    private QuotesTable() {
    }
}
