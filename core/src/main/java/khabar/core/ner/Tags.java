package khabar.core.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import khabar.core.text.EntityType;

/**
 * Converts between per-token tags and {@link Span}s. Decoding accepts IOB2 (B- starts every entity),
 * IOB1 (B- only between two adjacent entities of one type), IO (no prefix) and BIOES; type names are
 * mapped with {@link EntityType#fromTag}, and tags it does not know (malformed ones such as {@code -NEL},
 * or {@code NEAR}) count as O.
 */
public final class Tags {
    private Tags() {
    }

    /** Decodes one sentence's tags into spans, in order. */
    public static List<Span> decode(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        EntityType current = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i) == null ? "O" : tags.get(i).trim();
            EntityType type = EntityType.fromTag(tag);
            char prefix = prefixOf(tag);
            boolean continues = type != null && type == current && (prefix == 'I' || prefix == 'E' || prefix == 0);
            if (!continues) {
                if (current != null) {
                    spans.add(new Span(start, i, current));
                }
                current = type;
                start = type == null ? -1 : i;
            }
            if (current != null && (prefix == 'E' || prefix == 'S')) {
                spans.add(new Span(start, i + 1, current));
                current = null;
                start = -1;
            }
        }
        if (current != null) {
            spans.add(new Span(start, tags.size(), current));
        }
        return spans;
    }

    /**
     * Encodes spans as IOB2 tags with the given tag name per type, e.g. {@code B-PERSON}.
     *
     * @param length number of tokens in the sentence
     * @param spans  non-overlapping spans
     */
    public static List<String> encodeIob2(int length, List<Span> spans) {
        String[] tags = new String[length];
        Arrays.fill(tags, "O");
        for (Span s : spans) {
            for (int i = s.begin(); i < s.end(); i++) {
                tags[i] = (i == s.begin() ? "B-" : "I-") + s.type().name();
            }
        }
        return List.of(tags);
    }

    private static char prefixOf(String tag) {
        if (tag.length() > 2 && tag.charAt(1) == '-') {
            char c = Character.toUpperCase(tag.charAt(0));
            if ("BIES".indexOf(c) >= 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether a tag (with or without prefix) names no known entity type. */
    public static boolean isOutside(String tag) {
        return tag == null || EntityType.fromTag(tag.trim().toUpperCase(Locale.ROOT)) == null;
    }
}
