package khabar.core.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A language's quotation cues, {@code khabar/quotes/quotes-<language>.tsv}: lines {@code kind<TAB>phrase},
 * phrases of space-separated words stored as lexicon keys, matched longest first at a token position.
 */
final class QuoteLexicon {
    static final String SAY = "say";
    static final String AGENT = "agent";
    static final String ACCORDING = "according";
    static final String COMPLEMENTIZER = "complementizer";
    static final String AUX = "aux";
    static final String PRONOUN = "pronoun";
    static final String REPORT = "report";
    static final String NOT_SPEAKER = "not-speaker";
    static final String ROLE = "role";
    private static final List<String> KINDS = List.of(SAY, AGENT, ACCORDING, COMPLEMENTIZER, AUX, PRONOUN, REPORT,
            NOT_SPEAKER, ROLE);

    private final Map<String, List<String[]>> phrases;
    private final UnaryOperator<String> key;

    private QuoteLexicon(Map<String, List<String[]>> phrases, UnaryOperator<String> key) {
        this.phrases = phrases;
        this.key = key;
    }

    static String resource(String language) {
        return "/khabar/quotes/quotes-" + language + ".tsv";
    }

    static boolean exists(String language) {
        return QuoteLexicon.class.getResource(resource(language)) != null;
    }

    /** Reads the language's file; {@code key} turns a word into its lexicon key (the registry's). */
    static QuoteLexicon load(String language, UnaryOperator<String> key) {
        String name = resource(language);
        Map<String, List<String[]>> m = new HashMap<>();
        try (InputStream in = QuoteLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing quotation lexicon " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !KINDS.contains(cols[0].strip())) {
                    throw new IllegalStateException(name + ":" + n + ": expected kind<TAB>phrase with kind one of " + KINDS);
                }
                String[] words = cols[1].strip().split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    words[i] = key.apply(words[i]);
                }
                m.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        m.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
        return new QuoteLexicon(m, key);
    }

    String key(String word) {
        return key.apply(word);
    }

    /** Length in tokens of the longest phrase of {@code kind} that starts at {@code keys[i]}; 0 when none. */
    int match(String kind, String[] keys, int i) {
        for (String[] p : phrases.getOrDefault(kind, List.of())) {
            if (i + p.length <= keys.length) {
                boolean ok = true;
                for (int j = 0; j < p.length && ok; j++) {
                    ok = p[j].equals(keys[i + j]);
                }
                if (ok) {
                    return p.length;
                }
            }
        }
        return 0;
    }

    /** Length of the longest phrase of {@code kind} that ends just before {@code keys[end]}; 0 when none. */
    int matchEndingAt(String kind, String[] keys, int end) {
        for (String[] p : phrases.getOrDefault(kind, List.of())) {
            int start = end - p.length;
            if (start >= 0) {
                boolean ok = true;
                for (int j = 0; j < p.length && ok; j++) {
                    ok = p[j].equals(keys[start + j]);
                }
                if (ok) {
                    return p.length;
                }
            }
        }
        return 0;
    }

    boolean is(String kind, String word) {
        String k = key.apply(word);
        for (String[] p : phrases.getOrDefault(kind, List.of())) {
            if (p.length == 1 && p[0].equals(k)) {
                return true;
            }
        }
        return false;
    }
}
