package khabar.core.event.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an event gold set: UTF-8, tab-separated, {@code #} comments and blank lines ignored.
 * <pre>
 * S  id  sentence
 * E  codes  actor1  actor2  place      (zero or more per sentence; alternatives joined by |)
 * </pre>
 * Malformed rows fail with {@code file:line} and what is wrong. See docs/events.md, "Quality and cost".
 */
public final class EventGoldReader {
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern ACTOR = Pattern.compile("-|(-|[A-Z]{2})/(-|[A-Z]{3})");
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "REB", "UAF", "JUD", "LEG", "SPY", "MED",
            "OPP", "CVL", "REF", "IGO", "BUS", "CRM");

    private EventGoldReader() {
    }

    /** Reads a gold file. */
    public static List<GoldEventSentence> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a gold set from a class-path resource such as {@code /events/gold-ur.tsv}. */
    public static List<GoldEventSentence> readResource(String resource) {
        InputStream in = EventGoldReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no such resource on the class path: " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GoldEventSentence> read(BufferedReader r, String name) throws IOException {
        List<GoldEventSentence> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String id = null;
        String text = null;
        int sentenceLine = 0;
        List<GoldEvent> events = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + ":" + n + ": ";
            if (f[0].equals("S")) {
                if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
                    throw new IllegalArgumentException(where + "an S row is S<TAB>id<TAB>sentence");
                }
                if (!ids.add(f[1])) {
                    throw new IllegalArgumentException(where + "duplicate sentence id " + f[1]);
                }
                if (id != null) {
                    out.add(new GoldEventSentence(id, text, events, sentenceLine));
                }
                id = f[1];
                text = f[2].strip();
                sentenceLine = n;
                events = new ArrayList<>();
            } else if (f[0].equals("E")) {
                if (id == null) {
                    throw new IllegalArgumentException(where + "an E row before any S row");
                }
                if (f.length != 5) {
                    throw new IllegalArgumentException(where + "an E row is E<TAB>codes<TAB>actor1<TAB>actor2<TAB>place");
                }
                events.add(new GoldEvent(codes(f[1], where), actors(f[2], where), actors(f[3], where),
                        alternatives(f[4], where), n));
            } else {
                throw new IllegalArgumentException(where + "a row starts with S or E, not '" + f[0] + "'");
            }
        }
        if (id != null) {
            out.add(new GoldEventSentence(id, text, events, sentenceLine));
        }
        return out;
    }

    private static List<String> codes(String field, String where) {
        List<String> codes = alternatives(field, where);
        for (String c : codes) {
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException(where + "a CAMEO code is 2 to 4 digits, not '" + c + "'");
            }
        }
        return codes;
    }

    private static List<String> actors(String field, String where) {
        List<String> actors = alternatives(field, where);
        for (String a : actors) {
            if (!ACTOR.matcher(a).matches()) {
                throw new IllegalArgumentException(where + "an actor is CC/ROLE or -, not '" + a + "'");
            }
            String role = a.length() > 2 ? a.substring(a.indexOf('/') + 1) : "-";
            if (!role.equals("-") && !ROLES.contains(role)) {
                throw new IllegalArgumentException(where + "unknown role " + role + "; one of " + ROLES);
            }
        }
        return actors;
    }

    private static List<String> alternatives(String field, String where) {
        List<String> alts = Arrays.stream(field.split("\\|", -1)).map(String::strip).toList();
        if (alts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(where + "empty field or alternative in '" + field + "'");
        }
        return alts;
    }
}
