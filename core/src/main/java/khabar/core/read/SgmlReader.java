package khabar.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Gigaword-style SGML: a stream of {@code <DOC id="AFP_ENG_20240712.0004" type="story">}
 * documents, each one record (origin offset = document number). Documents are cut out line by line
 * and never given to an XML parser, so no DTD is read and no entity is resolved beyond the five XML
 * ones and numeric character references; anything before, between or after documents (an XML
 * declaration, a DOCTYPE, a root element) is ignored. Each document's bytes are decoded on their own
 * ({@link TextDecoding}). External entities declared before a document ({@code <!ENTITY x SYSTEM "…">} or
 * {@code PUBLIC}) are never resolved: a document that refers to one ({@code &x;}) is an EXTERNAL_ENTITY reject
 * (its text would have a hole where the entity stood; the declarations are its sample), a document that does
 * not is read as usual. Each document is one record either way; the prolog is none.
 */
final class SgmlReader implements DumpReader {
    private static final byte[] OPEN = "<doc".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</doc>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile(
            "<!ENTITY\\s+(?:%\\s+)?([^\\s\"'>]+)\\s+(?:SYSTEM|PUBLIC)\\b", Pattern.CASE_INSENSITIVE);

    private final String origin;
    private final InputStream in;
    private final int maxRecordBytes;

    SgmlReader(String origin, InputStream in, int maxRecordBytes) {
        this.origin = origin;
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return new PullIterator() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            private final ByteArrayOutputStream doc = new ByteArrayOutputStream(8192);
            private long number = -1;
            private boolean inDoc;
            private boolean tooLarge;
            private final List<String> externalEntities = new ArrayList<>();
            private final StringBuilder declarations = new StringBuilder();

            @Override
            protected DumpRecord pull() {
                try {
                    while (readLine()) {
                        byte[] l = line.toByteArray();
                        if (!inDoc && !opensDoc(l)) {
                            noteExternalEntities(l);
                        }
                        if (!inDoc && opensDoc(l)) {
                            inDoc = true;
                            tooLarge = false;
                            number++;
                            doc.reset();
                        }
                        if (inDoc) {
                            if (doc.size() + l.length > maxRecordBytes) {
                                tooLarge = true;
                            } else {
                                doc.write(l);
                            }
                            if (indexOf(l, CLOSE) >= 0) {
                                inDoc = false;
                                if (tooLarge) {
                                    return tooLarge();
                                }
                                byte[] bytes = doc.toByteArray();
                                List<String> referred = referredExternalEntities(bytes);
                                return referred.isEmpty() ? GigawordDocs.toRecord(origin, number, bytes)
                                        : externalEntityReject(referred, bytes);
                            }
                        }
                    }
                    finish();
                    if (inDoc) {
                        return new Reject(origin, number, RejectReason.TRUNCATED,
                                "document " + number + " has no </DOC>: the file ends inside it",
                                StrictUtf8.lenient(doc.toByteArray(), 0, doc.size()));
                    }
                    return null;
                } catch (IOException e) {
                    finish();
                    return ReadFailures.reject(origin, Math.max(0, number), "in SGML document " + Math.max(0, number), e);
                }
            }

            private void noteExternalEntities(byte[] l) {
                Matcher m = EXTERNAL_ENTITY.matcher(new String(l, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    externalEntities.add(m.group(1));
                    declarations.append(new String(l, StandardCharsets.UTF_8).strip()).append('\n');
                }
            }

            /** The declared external entities {@code doc} refers to ({@code &name;}), in declaration order. */
            private List<String> referredExternalEntities(byte[] doc) {
                if (externalEntities.isEmpty()) {
                    return List.of();
                }
                String text = new String(doc, StandardCharsets.ISO_8859_1);
                return externalEntities.stream().filter(e -> text.contains("&" + e + ";")).distinct().toList();
            }

            private Reject externalEntityReject(List<String> referred, byte[] doc) {
                String opening = StrictUtf8.lenient(doc, 0, Math.min(doc.length, 120)).lines().findFirst().orElse("").strip();
                return new Reject(origin, number, RejectReason.EXTERNAL_ENTITY, "document " + number + " (" + opening
                        + ") refers to external entities " + String.join(", ", referred) + " declared before it: never "
                        + "resolved, so its text is incomplete", declarations.toString());
            }

            private Reject tooLarge() {
                return new Reject(origin, number, RejectReason.TOO_LARGE,
                        "document " + number + " is over " + maxRecordBytes + " bytes", StrictUtf8.lenient(doc.toByteArray(), 0, doc.size()));
            }

            /** The next line, newline included, in {@code line}; false at the end with nothing read. */
            private boolean readLine() throws IOException {
                line.reset();
                int b;
                while ((b = in.read()) != -1) {
                    if (line.size() < maxRecordBytes + 1) {
                        line.write(b);
                    }
                    if (b == '\n') {
                        return true;
                    }
                }
                return line.size() > 0;
            }
        };
    }

    /** Case-insensitive index of ASCII {@code needle} (lower case) in {@code hay}, or -1. */
    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (Character.toLowerCase((char) (hay[i + k] & 0xFF)) != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Whether the line holds {@code <DOC} followed by a space or {@code >} (not {@code <DOCNO>}). */
    static boolean opensDoc(byte[] l) {
        int i = indexOf(l, OPEN);
        if (i < 0 || i + OPEN.length >= l.length) {
            return false;
        }
        byte next = l[i + OPEN.length];
        return next == '>' || next == ' ' || next == '\t' || next == '\r' || next == '\n';
    }
}
