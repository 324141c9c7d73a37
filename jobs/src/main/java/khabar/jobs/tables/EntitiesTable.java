package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.nullable;
import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code entities}: one row per entity mention. */
public final class EntitiesTable {
    public static final TableSpec SPEC = new TableSpec("entities", new StructType(new StructField[] {
        required("article_id", StringType, "The article (articles.article_id)."),
        Columns.dumpDate(),
        required("language", StringType, "Language of the text the mention was found in."),
        required("section", StringType, "'title' or 'body'."),
        required("sentence_index", IntegerType, "Sentence of the mention (sentences.sentence_index)."),
        required("token_begin", IntegerType, "Index of its first token in the sentence."),
        required("token_end", IntegerType, "Index one past its last token."),
        required("char_begin", IntegerType, "UTF-16 offset into the section string."),
        required("char_end", IntegerType, "UTF-16 offset one past the mention: mention = section.substring(char_begin, char_end)."),
        required("mention", StringType, "The mention as written."),
        required("normalized", StringType, "Its normalized form (Urdu normalized letters; whitespace collapsed)."),
        required("type", StringType, "PERSON, ORGANIZATION, LOCATION, DATE, TIME, NUMBER or MISC."),
        nullable("subtype", StringType, "COUNTRY, CITY, REGION, NATIONALITY, ... when the linker knows; else null."),
        nullable("kb_id", StringType, "Language-independent id of the linked entity (iso3166:IQ, ...); null when unlinked."),
        nullable("canonical_name", StringType, "English label of the linked entity; null when unlinked."),
        nullable("country", StringType, "ISO 3166-1 alpha-2 country of the linked entity; null when unknown."),
        nullable("latitude", DoubleType, "WGS84 latitude of the linked place (GeoNames: a city's point; a country's or region's: the centroid of its places of 1,000+ people); null when unlinked, for a nationality, or when GeoNames has no point."),
        nullable("longitude", DoubleType, "WGS84 longitude of the linked place; null as latitude."),
        nullable("feature", StringType, "Kind of place linked: COUNTRY, ADM1 (state, province, governorate), CITY, REGION (another area) or SITE; null when latitude is."),
        nullable("admin1", StringType, "kb_id of the first-level region the place lies in (adm1:US:GA, region:PK:sindh; an ADM1's own id); null for a country or when unknown."),
        nullable("population", LongType, "GeoNames population of the place (a region's: sum over its places of 1,000+ people; 0 when unknown); null when latitude is."),
        required("confidence", DoubleType, "0..1, how sure the extractor is."),
        required("extractor", StringType, "Which extractor found it (corenlp-all.3class.distsim, ur-crf, linker, ...)."),
    }), "One row per entity mention in an analysed title or body.");

    private EntitiesTable() {
    }
}
