package khabar.core.urdu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import khabar.core.text.EntityType;

/**
 * The one reader of Urdu's hand-compiled tables under {@value #ROOT}: the name store {@value #NAMES_FILE} (known
 * places and organizations with their type and kb_id, and which component uses each: the NER, the linker or both)
 * and the rules' word lists {@value #WORD_LISTS_FILE}. Read once per JVM on first use; immutable and
 * thread-safe. A malformed row fails the load with its file and line.
 */
public final class UrduResources {
    /** Classpath folder of the Urdu lists. */
    public static final String ROOT = "khabar/gazetteers/ur/";
    /** The name store: {@code name, type, kb_id, used_by}. */
    public static final String NAMES_FILE = "names.tsv";
    /** The rules' word lists: {@code list<TAB>word word …}. */
    public static final String WORD_LISTS_FILE = "word-lists.tsv";

    /** Who reads a name of the store. */
    public enum Use {
        /** the NER's known names ({@code UrduGazetteers}). */
        NER,
        /** the linker's Urdu aliases of the row's kb_id ({@code GazetteerLoader}). */
        LINK
    }

    /**
     * One row of the name store.
     *
     * @param name  the name as news write it (each reader normalizes it)
     * @param type  LOCATION or ORGANIZATION
     * @param kbId  the linker's id, or null
     * @param uses  the components that read it
     */
    public record Name(String name, EntityType type, String kbId, Set<Use> uses) {
        /** Whether {@code use} reads this row. */
        public boolean usedBy(Use use) {
            return uses.contains(use);
        }
    }

    private static final class Holder {
        static final UrduResources INSTANCE = new UrduResources(readNames(), readWordLists());
    }

    private final List<Name> names;
    private final Map<String, Set<String>> wordLists;

    private UrduResources(List<Name> names, Map<String, Set<String>> wordLists) {
        this.names = names;
        this.wordLists = wordLists;
    }

    /** The shipped tables, read once per JVM. */
    public static UrduResources get() {
        return Holder.INSTANCE;
    }

    /** The rows of the name store, in file order. */
    public List<Name> names() {
        return names;
    }

    /** The names of one type that {@code use} reads, in file order, as written. */
    public List<String> names(Use use, EntityType type) {
        List<String> out = new ArrayList<>();
        for (Name n : names) {
            if (n.type() == type && n.usedBy(use)) {
                out.add(n.name());
            }
        }
        return out;
    }

    /** One word list of the rules, by its name in {@value #WORD_LISTS_FILE}. */
    public Set<String> words(String list) {
        Set<String> words = wordLists.get(list);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + list + "' in " + ROOT + WORD_LISTS_FILE
                    + "; lists: " + wordLists.keySet());
        }
        return words;
    }

    private static List<Name> readNames() {
        List<Name> out = new ArrayList<>();
        forEachRow(NAMES_FILE, (where, f) -> {
            if (f.length != 4) {
                throw new IllegalStateException(where + ": expected name, type, kb_id, used_by");
            }
            EntityType type = switch (f[1]) {
                case "LOCATION" -> EntityType.LOCATION;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                default -> throw new IllegalStateException(where + ": type must be LOCATION or ORGANIZATION: " + f[1]);
            };
            Set<Use> uses = EnumSet.noneOf(Use.class);
            for (String u : f[3].split(",")) {
                switch (u) {
                    case "ner" -> uses.add(Use.NER);
                    case "link" -> uses.add(Use.LINK);
                    default -> throw new IllegalStateException(where + ": used_by must be ner, link or ner,link: " + f[3]);
                }
            }
            String kbId = f[2].equals("-") ? null : f[2];
            if (uses.contains(Use.LINK) && kbId == null) {
                throw new IllegalStateException(where + ": a name the linker uses needs a kb_id");
            }
            out.add(new Name(f[0].strip(), type, kbId, Collections.unmodifiableSet(uses)));
        });
        return List.copyOf(out);
    }

    private static Map<String, Set<String>> readWordLists() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        forEachRow(WORD_LISTS_FILE, (where, f) -> {
            if (f.length != 2 || f[1].isBlank()) {
                throw new IllegalStateException(where + ": expected list<TAB>words");
            }
            Set<String> words = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(f[1].strip().split(" +"))));
            if (out.put(f[0], words) != null) {
                throw new IllegalStateException(where + ": list '" + f[0] + "' given twice");
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Calls {@code row} with "file:line" and the tab-separated fields of every line that is neither blank nor a comment. */
    private static void forEachRow(String file, RowAction row) {
        String resource = ROOT + file;
        try (InputStream in = UrduResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing Urdu resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(resource + ":" + lineNo, line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private interface RowAction {
        void accept(String where, String[] fields);
    }
}
