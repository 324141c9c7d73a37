package khabar.core.quote.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One gold paragraph of the quotation set: a JSONL line (format in docs/quotes.md). */
public record GoldParagraph(String id, String language, String text, List<GoldQuote> quotes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a JSONL gold file; a bad line fails with the file and line number. */
    public static List<GoldParagraph> read(Path file) throws IOException {
        List<GoldParagraph> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + n + ": not a gold paragraph (" + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }

    private static GoldParagraph parse(JsonNode p) {
        String text = p.get("text").asText();
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : p.get("quotes")) {
            JsonNode quote = q.get("quote");
            JsonNode speaker = q.get("speaker");
            JsonNode verb = q.get("verb");
            boolean noVerb = verb == null || verb.isNull();
            GoldQuote g = new GoldQuote(quote.get("begin").asInt(), quote.get("end").asInt(), q.get("kind").asText(),
                    speaker.get("begin").asInt(), speaker.get("end").asInt(), speaker.get("type").asText(),
                    noVerb ? -1 : verb.get("begin").asInt(), noVerb ? -1 : verb.get("end").asInt());
            if (g.quoteEnd() > text.length() || g.speakerEnd() > text.length() || g.quoteBegin() >= g.quoteEnd()) {
                throw new IllegalArgumentException("offsets outside the text");
            }
            quotes.add(g);
        }
        return new GoldParagraph(p.get("id").asText(), p.get("lang").asText(), text, List.copyOf(quotes));
    }
}
