package khabar.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the bytes of one Gigaword {@code <DOC>} to an article or a reject. */
final class GigawordDocs {
    private static final Pattern DOC_ATTR = Pattern.compile("<DOC\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPE = Pattern.compile("\\btype\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    /** {@code AFP_ENG_20240712.0004}: agency, language, date, serial. */
    private static final Pattern GIGAWORD_ID = Pattern.compile("([A-Z]{2,5})_([A-Z]{3})_(\\d{4})(\\d{2})(\\d{2})\\.\\d+");
    private static final Pattern PARAGRAPH = Pattern.compile("<P>(.*?)(?=</P>|<P>|</TEXT>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");
    private static final Map<String, String> LANGUAGES = Map.of("ENG", "en", "ARB", "ar", "CMN", "zh", "SPA", "es",
            "FRE", "fr", "FRA", "fr", "URD", "ur", "DEU", "de", "POR", "pt", "RUS", "ru");

    private GigawordDocs() {
    }

    static DumpRecord toRecord(String origin, long number, byte[] bytes) {
        String sgml;
        try {
            sgml = TextDecoding.decode(bytes, null).text();
        } catch (TextDecoding.Undecodable e) {
            return new Reject(origin, number, RejectReason.INVALID_ENCODING, "SGML document " + number + ": " + e.getMessage(),
                    StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        Matcher doc = DOC_ATTR.matcher(sgml);
        String attrs = doc.find() ? doc.group(1) : "";
        String id = group(ID, attrs);
        String type = group(TYPE, attrs);
        String where = "SGML document " + number + (id == null ? "" : " (" + id + ")");
        if (type != null && !type.equalsIgnoreCase("story")) {
            return new Reject(origin, number, RejectReason.UNSUPPORTED_CONTENT, where + " is of type " + type + ", not a story",
                    sgml);
        }
        String body = element(sgml, "TEXT");
        if (body == null) {
            return new Reject(origin, number, RejectReason.MALFORMED_RECORD, where + " has no <TEXT>", sgml);
        }
        List<String> paragraphs = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(body);
        boolean tagged = false;
        while (p.find()) {
            tagged = true;
            add(paragraphs, p.group(1));
        }
        if (!tagged) {
            for (String part : body.split("\\n\\s*\\n")) {
                add(paragraphs, part);
            }
        }
        if (paragraphs.isEmpty()) {
            return new Reject(origin, number, RejectReason.MISSING_TEXT, where + " has an empty <TEXT>", sgml);
        }
        String source = null;
        String language = null;
        String date = null;
        Matcher m = id == null ? null : GIGAWORD_ID.matcher(id);
        if (m != null && m.matches()) {
            source = m.group(1);
            language = LANGUAGES.get(m.group(2));
            date = m.group(3) + "-" + m.group(4) + "-" + m.group(5);
        }
        String headline = clean(element(sgml, "HEADLINE"));
        String dateline = clean(element(sgml, "DATELINE"));
        return new RawArticle(origin, number, source, null, headline, String.join("\n\n", paragraphs), date, language,
                List.of(), null, dateline == null || dateline.isEmpty() ? null : dateline);
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** The raw content of the first {@code <name>…</name>}, or null. */
    private static String element(String sgml, String name) {
        Matcher m = Pattern.compile("<" + name + "\\b[^>]*>(.*?)</" + name + "\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(sgml);
        return m.find() ? m.group(1) : null;
    }

    private static void add(List<String> out, String raw) {
        String p = clean(raw);
        if (p != null && !p.isEmpty()) {
            out.add(p);
        }
    }

    /** Tags dropped, the XML entities and character references decoded (no others), whitespace collapsed. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String noTags = TAG.matcher(raw).replaceAll(" ");
        Matcher e = ENTITY.matcher(noTags);
        StringBuilder b = new StringBuilder();
        while (e.find()) {
            e.appendReplacement(b, Matcher.quoteReplacement(entity(e.group(1))));
        }
        e.appendTail(b);
        return b.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
        }
    }
}
