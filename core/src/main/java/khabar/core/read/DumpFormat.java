package khabar.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats khabar reads, recognised from the first bytes of the (uncompressed) content. */
public enum DumpFormat {
    /** news-please JSON Lines: one JSON object a line. */
    JSONL,
    /** news-please JSON: one object, or an array of objects, per file (pretty-printed or not). */
    JSON,
    /** WARC 1.0/1.1 (CC-NEWS): {@code response} records holding HTTP responses with HTML. */
    WARC,
    /** Gigaword-style SGML: {@code <DOC id=… type=…>} with HEADLINE, DATELINE, TEXT and P. */
    SGML,
    /** One HTML page a file. */
    HTML,
    /** One article a file: title line, blank line, paragraphs. */
    TEXT,
    /** A zip archive of dumps (never forced: always detected). */
    ZIP,
    /** A tar archive of dumps (never forced: always detected). */
    TAR;

    /** Bytes looked at; a tar header needs 262. */
    static final int PEEK = 4096;

    /** Whether this is an archive of other dumps. */
    public boolean isArchive() {
        return this == ZIP || this == TAR;
    }

    /**
     * The format a {@code khabar.read.format} setting names: {@code auto} is null (detect), else one of
     * {@code jsonl, json, warc, sgml, html, text}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static DumpFormat fromSetting(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("auto")) {
            return null;
        }
        for (DumpFormat f : values()) {
            if (!f.isArchive() && f.name().toLowerCase(Locale.ROOT).equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("must be one of auto, " + Arrays.stream(values()).filter(f -> !f.isArchive())
                .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + "; is '" + value + "'");
    }

    /**
     * Looks at the first bytes without consuming them: zip and tar magic; {@code WARC/}; {@code <DOC}
     * (after an optional XML declaration or DOCTYPE); {@code <html} or {@code <!DOCTYPE html}; {@code [}, or
     * {@code {} alone on its line, is a JSON document; {@code {} followed by more on its line is JSON Lines;
     * anything else text.
     */
    static DumpFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = new byte[PEEK];
        int n = 0;
        try {
            int r;
            while (n < PEEK && (r = in.read(head, n, PEEK - n)) > 0) {
                n += r;
            }
        } catch (IOException damaged) {
            if (n == 0) {
                throw damaged;
            }
            // sniff what came before the damage; the reader meets it again after the good records
        } finally {
            in.reset();
        }
        return sniff(java.util.Arrays.copyOf(head, n));
    }

    static DumpFormat sniff(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
            return ZIP;
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) {
            return TAR;
        }
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        String start = new String(head, i, Math.min(head.length - i, 1024), StandardCharsets.ISO_8859_1);
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        if (lower.startsWith("<doc") || ((lower.startsWith("<?xml") || lower.startsWith("<!doctype doc"))
                && lower.contains("<doc"))) {
            return SGML;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
                || (lower.startsWith("<?xml") && lower.contains("<html"))) {
            return HTML;
        }
        if (start.startsWith("[")) {
            return JSON;
        }
        if (start.startsWith("{")) {
            int nl = start.indexOf('\n');
            return nl > 0 && start.substring(1, nl).isBlank() ? JSON : JSONL;
        }
        return TEXT;
    }
}
