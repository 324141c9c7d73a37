package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.nullable;
import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code events}: one row per CAMEO-coded event mention (who did what to whom, where, when). */
public final class EventsTable {
    /** The id of an event mention, made from the article id, section, sentence and trigger offset. */
    public static final String EVENT_ID = "event_id";
    /** Articles behind the mention's event_key (GDELT's NumArticles): filled when staging, not by the analysis. */
    public static final String NUM_ARTICLES = "num_articles";
    /** Distinct sources behind the mention's event_key (GDELT's NumSources): filled when staging. */
    public static final String NUM_SOURCES = "num_sources";
    /** The columns made when staging, from the article id and the other mentions, not by the analysis. */
    public static final java.util.Set<String> STAGED = java.util.Set.of(EVENT_ID, NUM_ARTICLES, NUM_SOURCES);

    public static final TableSpec SPEC = new TableSpec("events", new StructType(fields()),
            "One row per coded event mention; event_key groups mentions of one real-world event.");

    private EventsTable() {
    }

    private static StructField[] fields() {
        List<StructField> f = new ArrayList<>(List.of(
            required(EVENT_ID, StringType, "Unique id of this mention: hash of article, section, sentence and trigger offset."),
            required("event_key", StringType, "Same real-world event across sentences, articles and sources: hash of date, root code, actors and place."),
            required("article_id", StringType, "The article (articles.article_id)."),
            required(NUM_ARTICLES, IntegerType, "Articles of the date with a mention of this event_key, counting the copies (duplicate_of) of each "
                    + "(GDELT NumArticles)."),
            required(NUM_SOURCES, IntegerType, "Distinct sources (articles.source) of those articles (GDELT NumSources); articles without a source "
                    + "are not counted."),
            Columns.dumpDate(),
            required("language", StringType, "Language of the sentence."),
            required("section", StringType, "'title' or 'body'."),
            required("sentence_index", IntegerType, "Sentence of the trigger."),
            required("event_code", StringType, "CAMEO event code, e.g. '190'."),
            required("event_root", StringType, "CAMEO root code, '01'..'20'."),
            required("event_label", StringType, "English label of the code."),
            required("quad_class", IntegerType, "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
            required("goldstein", DoubleType, "Goldstein score of the code, -10..10."),
            required("trigger", StringType, "The trigger as written."),
            required("trigger_char_begin", IntegerType, "UTF-16 offset of the trigger in the section."),
            required("trigger_char_end", IntegerType, "UTF-16 offset one past the trigger.")));
        for (String actor : List.of("actor1", "actor2")) {
            String who = actor.equals("actor1") ? "Source actor (who acts)" : "Target actor (acted upon)";
            f.add(nullable(actor + "_text", StringType, who + ", as written; null when none was found."));
            f.add(nullable(actor + "_kb_id", StringType, who + ": linked id (iso3166:US, ...), null when unlinked."));
            f.add(nullable(actor + "_country", StringType, who + ": ISO 3166-1 alpha-2 country, null when unknown."));
            f.add(nullable(actor + "_role", StringType, who + ": role in the spirit of CAMEO actor codes (MIL, GOV, REB, COP, MED, ...)."));
        }
        f.addAll(List.of(
            nullable("location_text", StringType, "Place of the event as written (sentence, else dateline); null when unknown."),
            nullable("location_kb_id", StringType, "Linked id of the place; null when unlinked."),
            nullable("location_country", StringType, "ISO 3166-1 alpha-2 country of the place; null when unknown."),
            nullable("location_latitude", DoubleType, "WGS84 latitude of the linked place (GDELT's ActionGeo_Lat; see entities.latitude); null when unknown."),
            nullable("location_longitude", DoubleType, "WGS84 longitude of the linked place (ActionGeo_Long); null when unknown."),
            nullable("location_feature", StringType, "Kind of place (ActionGeo_Type): COUNTRY, ADM1, CITY, REGION or SITE; null when unknown."),
            nullable("location_admin1", StringType, "kb_id of the first-level region of the place (ActionGeo_ADM1Code); null for a country or when unknown."),
            nullable("event_date", DateType, "Date the event happened, resolved against publication (or dump) date; null when unknown."),
            nullable("event_date_text", StringType, "The words the date was resolved from (جمعرات, Thursday, 16 جولائی); null when none."),
            required("date_precision", StringType, "How precise event_date is: DAY, WEEK, MONTH, YEAR or UNKNOWN (event_date is the first day of the period)."),
            nullable("sentence_tone", DoubleType, "Tone of the sentence that carries the event (articles.tone's formula over that sentence); "
                    + "null when the sentence has no words or its language has no tone lexicon."),
            required("confidence", DoubleType, "0..1, how sure the coder is."),
            required("coder", StringType, "Coder and lexicon version, e.g. khabar-lex-ur/1.")));
        return f.toArray(StructField[]::new);
    }
}
