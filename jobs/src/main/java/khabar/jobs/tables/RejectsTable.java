package khabar.jobs.tables;

import static khabar.jobs.tables.Columns.required;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** {@code rejects}: input that did not become an article, with why and where. */
public final class RejectsTable {
    public static final TableSpec SPEC = new TableSpec("rejects", new StructType(new StructField[] {
        Columns.dumpDate(),
        required("origin", StringType, "URI of the dump file."),
        required("origin_offset", LongType, "As in `articles` (member offset for WARC.gz, line or byte offset for JSON Lines, member offset × 2^24 + "
                + "line for a multi-member JSONL.gz, record number otherwise); -1 when the whole file (or an SGML prolog) is rejected."),
        required("reason_code", StringType, "EMPTY_FILE, MALFORMED_JSON, MALFORMED_RECORD, MISSING_TEXT, "
                + "INVALID_ENCODING, BINARY_CONTENT, UNSUPPORTED_CONTENT, TRUNCATED, UNREADABLE, TOO_LARGE, UNSAFE_PATH, "
                + "NESTED_ARCHIVE, EXTERNAL_ENTITY or DUPLICATE_ID (see docs/input.md)."),
        required("reason", StringType, "What is wrong, for a person."),
        required("sample", StringType, "The first 200 chars of the offending input (may be empty)."),
    }), "Input records that could not become articles.");

    private RejectsTable() {
    }
}
