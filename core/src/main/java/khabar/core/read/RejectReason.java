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
    /** A record over the configured size limit, or an archive (entry) past its expansion limit. */
    TOO_LARGE,
    /** A WARC or SGML record that does not parse. */
    MALFORMED_RECORD,
    /** Text that decodes but holds control characters: binary data, not an article. */
    BINARY_CONTENT,
    /** A WARC response that is not an article: not HTML, or an HTTP status other than 2xx. */
    UNSUPPORTED_CONTENT,
    /** An archive entry whose name is absolute or climbs out with {@code ..}: not read. */
    UNSAFE_PATH,
    /** An archive inside an archive inside an archive: not read. */
    NESTED_ARCHIVE,
    /** SGML or XML whose prolog declares external entities (SYSTEM or PUBLIC): never resolved. */
    EXTERNAL_ENTITY
}
