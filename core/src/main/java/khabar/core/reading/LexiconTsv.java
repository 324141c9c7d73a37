package khabar.core.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One two-column data file of {@code khabar/reading/} on the classpath ({@code kind<TAB>term}): lines starting
 * with {@code #} are comments, blank lines are skipped, a line without exactly two non-empty columns is an error
 * naming the file and line.
 */
final class LexiconTsv {
    static final String ROOT = "/khabar/reading/";

    /** One data line. */
    record Row(String file, int line, String kind, String term) {
        IllegalStateException problem(String what) {
            return new IllegalStateException(ROOT + file + ":" + line + ": " + what);
        }
    }

    private LexiconTsv() {
    }

    static boolean exists(String name) {
        return LexiconTsv.class.getResource(ROOT + name) != null;
    }

    static List<Row> read(String name) {
        try (InputStream in = LexiconTsv.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + ROOT + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException(ROOT + name + ":" + n + ": expected kind<TAB>term, got '" + line + "'");
                }
                rows.add(new Row(name, n, cols[0].strip(), cols[1].strip()));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name, e);
        }
    }
}
