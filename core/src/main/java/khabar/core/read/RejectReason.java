package khabar.core.read;

/** Why a record went to the {@code rejects} table. */
public enum RejectReason {
    /** The file has no bytes, or only whitespace. */
    EMPTY_FILE,
    /** A JSON line or document that does not parse. */
    MALFORMED_JSON,
    /** A record that parses but has no article text. */
    MISSING_TEXT,
    /** Bytes that are not valid in the file's encoding. */
    INVALID_ENCODING,
    /** A compressed stream or archive that ends early; the records before the damage are kept. */
    TRUNCATED,
    /** The file could not be read at all. */
    UNREADABLE,
    /** A record over the configured size limit. */
    TOO_LARGE
}
