package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.nullable;
import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code articles}: one row per article read, duplicates included (see {@code duplicate_of}). */
public final class ArticlesTable {
    public static final String ARTICLE_ID = "article_id";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String LANGUAGE = "language";
    public static final String CONTENT_HASH = "content_hash";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String STORY_ID = "story_id";
    public static final String SOURCE = "source";
    public static final String PUBLISHED_AT = "published_at";
    public static final String ORIGIN = "origin";
    public static final String ORIGIN_OFFSET = "origin_offset";
    public static final String SECTION = "section";
    public static final String SECTION_CONFIDENCE = "section_confidence";
    /** The tone columns (GDELT V2Tone's fields), filled from the analysis when staging; docs/themes-tone.md. */
    public static final java.util.List<String> TONE_COLUMNS = java.util.List.of("tone", "positive_score", "negative_score",
            "polarity", "activity_density", "self_group_density", "word_count");

    public static final TableSpec SPEC = new TableSpec("articles", new StructType(new StructField[] {
        required(ARTICLE_ID, StringType, "Stable id: 32 hex chars of SHA-256 of the canonical URL, else of file name, record number and content hash."),
        Columns.dumpDate(),
        nullable(SOURCE, StringType, "Publisher or feed (news-please source_domain); null when the dump does not say."),
        nullable("url", StringType, "The article's URL as given in the dump; null for text files."),
        required(TITLE, StringType, "Headline (UTF-8, NFC); empty when the dump has none."),
        required(TEXT, StringType, "Body text (UTF-8, NFC). Offsets in sentences/entities/events with section='body' index into it."),
        required(LANGUAGE, StringType, "ISO 639-1 language of the body (ur, en, ...), 'und' when unsure."),
        required("language_score", DoubleType, "0..1, how sure language identification is."),
        nullable(PUBLISHED_AT, TimestampType, "Publication time from the dump (UTC when it gives no zone); null when unknown."),
        nullable("dateline", StringType, "Place named in the dateline (e.g. بغداد, Baghdad); null when there is none."),
        required("char_count", IntegerType, "UTF-16 chars in text."),
        nullable("token_count", IntegerType, "Tokens in title and body; null when the article was not analysed (a duplicate)."),
        nullable("sentence_count", IntegerType, "Sentences in title and body; null when the article was not analysed."),
        required(CONTENT_HASH, StringType, "32 hex chars of SHA-256 of title and text, NFKC, lower-cased, whitespace collapsed."),
        nullable(DUPLICATE_OF, StringType, "article_id of the first copy when this article repeats another of the same date; null for firsts."),
        required(STORY_ID, StringType, "The story the article tells: the same id for a wire story and its rewrites and copies, within the date and across "
                + "the dates of a backfill group (32 hex chars; docs/stories.md). An article alone is a story of one."),
        required(ORIGIN, StringType, "URI of the dump file the article came from."),
        required(ORIGIN_OFFSET, LongType, "Where the record is in that file, per format (docs/input.md, Formats): the byte offset of its gzip "
                    + "member in a `.warc.gz` (read whole or in ranges alike; the record's byte offset in a plain WARC), "
                    + "the 0-based line for JSON Lines (the line's byte offset when a large file was read in ranges; in a "
                    + "`.jsonl.gz` of many gzip members, the byte offset of the member the line belongs to × 2^24 + the line's "
                    + "number in it, the same whole or in ranges), the record number for JSON and SGML, 0 for one-article files."),
        required("authors", Columns.strings(), "Bylines from the dump; empty when none."),
        required("nlp_truncated", BooleanType, "True when title or body was longer than nlp.max-section-chars and analysed only in part."),
        nullable(SECTION, StringType, "News desk of the article (not the title/body `section` of the other tables): politics, world, business, sport, "
                + "science-technology, entertainment-culture, health, crime-courts or other, from the section model over title and body "
                + "(docs/themes-tone.md, Sections); null when the article was not analysed, its body has no letters, or its language has no model."),
        nullable(SECTION_CONFIDENCE, DoubleType, "0..1, the section model's probability of `section`; null when `section` is."),
        nullable("tone", DoubleType, "GDELT V2Tone's tone of title and body: positive_score - negative_score (-100..100); null when the article "
                + "was not analysed, its body has no words, or its language has no tone lexicon (docs/themes-tone.md)."),
        nullable("positive_score", DoubleType, "100 x positive words / word_count (negation flips a word's polarity); null as tone."),
        nullable("negative_score", DoubleType, "100 x negative words / word_count; null as tone."),
        nullable("polarity", DoubleType, "positive_score + negative_score: how emotionally charged the text is; null as tone."),
        nullable("activity_density", DoubleType, "100 x activity words (attack, protest, احتجاج, ...) / word_count; null as tone."),
        nullable("self_group_density", DoubleType, "100 x self- and group-reference words (I, we, our, ہم, ہمارا, ...) / word_count; null as tone."),
        nullable("word_count", IntegerType, "Words (tokens with a letter or digit) of title and body the tone fields divide by; null as tone."),
        required("pipeline_version", StringType, "khabar version that wrote the row."),
    }), "One row per article read from the date's dumps.");

    private ArticlesTable() {
    }
}
