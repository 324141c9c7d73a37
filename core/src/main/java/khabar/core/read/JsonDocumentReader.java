package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a news-please JSON document: one article object (news-please writes one pretty-printed file per
 * article) or an array of them, streamed element by element so that a large array never sits in memory.
 * Origin offsets are element numbers. JSON that breaks off or does not parse ends the file with one
 * reject after the good elements (a streaming parser cannot resynchronise); strings longer than the
 * record limit are TOO_LARGE.
 */
final class JsonDocumentReader implements DumpReader {
    private final String origin;
    private final InputStream in;
    private final int maxRecordBytes;

    JsonDocumentReader(String origin, InputStream in, int maxRecordBytes) {
        this.origin = origin;
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return new PullIterator() {
            private final NewsPleaseJson mapper = new NewsPleaseJson();
            private JsonParser parser;
            private boolean array;
            private long element = -1;

            @Override
            protected DumpRecord pull() {
                try {
                    if (parser == null) {
                        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(maxRecordBytes).build()).build();
                        parser = factory.setCodec(NewsPleaseJson.MAPPER).createParser(in);
                        JsonToken first = parser.nextToken();
                        array = first == JsonToken.START_ARRAY;
                        if (!array) {
                            finish();
                            element++;
                            return read(parser.readValueAsTree());
                        }
                    }
                    JsonToken t = parser.nextToken();
                    if (t == null || t == JsonToken.END_ARRAY) {
                        finish();
                        return null;
                    }
                    element++;
                    return read(parser.readValueAsTree());
                } catch (StreamConstraintsException e) {
                    finish();
                    return new Reject(origin, Math.max(0, element), RejectReason.TOO_LARGE,
                            where() + " holds a value over " + maxRecordBytes + " bytes; the rest of the file is not read", "");
                } catch (JsonProcessingException e) {
                    finish();
                    boolean encoding = String.valueOf(e.getOriginalMessage()).contains("UTF-8");
                    return new Reject(origin, Math.max(0, element),
                            encoding ? RejectReason.INVALID_ENCODING : RejectReason.MALFORMED_JSON,
                            where() + " is not valid JSON (" + e.getOriginalMessage() + " at line "
                                    + e.getLocation().getLineNr() + "); the rest of the file is not read", "");
                } catch (IOException e) {
                    finish();
                    return ReadFailures.reject(origin, Math.max(0, element), "in " + where(), e);
                }
            }

            private String where() {
                return array ? "array element " + Math.max(0, element) : "the JSON document";
            }

            private DumpRecord read(JsonNode node) {
                return mapper.toArticle(origin, element, node, where(), node == null ? "" : node.toString());
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
