package khabar.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tab-separated data file of {@code khabar/events/} on the classpath: comment lines start with
 * {@code #}, blank lines are skipped, a {@code # version: N} comment gives the file's version.
 */
final class LexiconFile {
    static final String ROOT = "/khabar/events/";
    private static final Pattern VERSION = Pattern.compile("^#\\s*version:\\s*(\\d+)\\s*$");

    /** One data line: its 1-based line number and its columns. */
    record Row(String file, int line, List<String> columns) {
        String column(int i) {
            if (i >= columns.size()) {
                throw problem("expected at least " + (i + 1) + " tab-separated columns");
            }
            return columns.get(i).strip();
        }

        IllegalStateException problem(String what) {
            return new IllegalStateException(file + ":" + line + ": " + what);
        }
    }

    private final String name;
    private final List<Row> rows;
    private final int version;

    private LexiconFile(String name, List<Row> rows, int version) {
        this.name = name;
        this.rows = rows;
        this.version = version;
    }

    /** Whether {@code khabar/events/<name>} is on the classpath. */
    static boolean exists(String name) {
        return LexiconFile.class.getResource(ROOT + name) != null;
    }

    /** Reads {@code khabar/events/<name>}; fails with the file name when it is missing. */
    static LexiconFile read(String name) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing event lexicon resource " + ROOT + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int version = 0;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                String s = line.strip();
                if (s.startsWith("#")) {
                    Matcher m = VERSION.matcher(s);
                    if (m.matches()) {
                        version = Integer.parseInt(m.group(1));
                    }
                    continue;
                }
                if (!s.isEmpty()) {
                    rows.add(new Row(name, n, List.of(line.split("\t"))));
                }
            }
            return new LexiconFile(name, List.copyOf(rows), version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name, e);
        }
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    /** The {@code # version: N} of the file, 0 when it has none. */
    int version() {
        return version;
    }
}
