package khabar.core.read;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Maps one news-please JSON object ({@code title}, {@code maintext}, {@code date_publish},
 * {@code language}, {@code url}, {@code source_domain}, {@code authors}, {@code description}) to a
 * {@link RawArticle}, or to a {@link Reject} saying what is wrong with it.
 */
final class NewsPleaseJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Parses one JSON text; {@code where} names it in reject reasons ("line 12"). */
    DumpRecord parse(String origin, long offset, String json, String where) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new Reject(origin, offset, RejectReason.MALFORMED_JSON,
                    where + " is not valid JSON: " + e.getOriginalMessage(), json);
        }
        return toArticle(origin, offset, node, where, json);
    }

    /** Maps a parsed node; {@code sample} is its text for rejects. */
    DumpRecord toArticle(String origin, long offset, JsonNode node, String where, String sample) {
        if (node == null || !node.isObject()) {
            return new Reject(origin, offset, RejectReason.MALFORMED_JSON, where + " is not a JSON object", sample);
        }
        String text = text(node, "maintext");
        if (text == null || text.isBlank()) {
            text = text(node, "text");
        }
        if (text == null || text.isBlank()) {
            return new Reject(origin, offset, RejectReason.MISSING_TEXT, where + " has no maintext", sample);
        }
        String description = text(node, "description");
        return new RawArticle(origin, offset, text(node, "source_domain"), text(node, "url"),
                text(node, "title"), text.strip(), text(node, "date_publish"), text(node, "language"), authors(node),
                description == null || description.isBlank() ? null : description.strip(), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }

    private static List<String> authors(JsonNode node) {
        JsonNode v = node.get("authors");
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(a -> {
                if (a.isTextual() && !a.asText().isBlank()) {
                    out.add(a.asText().strip());
                }
            });
        } else if (v != null && v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }
}
