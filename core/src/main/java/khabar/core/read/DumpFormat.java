package khabar.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;

/** The formats khabar reads, recognised from the first bytes of the (uncompressed) content. */
public enum DumpFormat {
    /** news-please JSON Lines: one JSON object a line. */
    JSONL,
    /** One article a file: title line, blank line, paragraphs. */
    TEXT;

    private static final int PEEK = 4096;

    /** Looks at the first non-blank byte without consuming it: {@code {} is JSON Lines, anything else text. */
    static DumpFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        try {
            byte[] head = in.readNBytes(PEEK);
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                i = 3;
            }
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && head[i] == '{' ? JSONL : TEXT;
        } finally {
            in.reset();
        }
    }
}
