package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.nullable;
import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code stories}: one row per story (articles.story_id) and date: how widely it ran (docs/stories.md). */
public final class StoriesTable {
    public static final TableSpec SPEC = new TableSpec("stories", new StructType(new StructField[] {
        required(ArticlesTable.STORY_ID, StringType, "The story (articles.story_id)."),
        Columns.dumpDate(),
        required("first_article_id", StringType, "The story's earliest published article of the date (unknown times last, then by article_id)."),
        required("title", StringType, "The representative title: the first article's."),
        required("article_count", IntegerType, "Articles of the date in the story, copies (duplicate_of set) included."),
        required("duplicate_count", IntegerType, "Of those, the exact and near copies (duplicate_of set)."),
        required("source_count", IntegerType, "Distinct sources (articles.source) among them; articles without a source are not counted."),
        required("sources", Columns.strings(), "Those sources, sorted."),
        required("languages", Columns.strings(), "Languages of its articles, sorted."),
        nullable("first_published_at", TimestampType, "Earliest publication time among its articles; null when none is known."),
        nullable("last_published_at", TimestampType, "Latest publication time among its articles; null when none is known."),
    }), "One row per story and date: articles that tell the same story (a wire story and its rewrites), grouped by story_id.");

    private StoriesTable() {
    }
}
