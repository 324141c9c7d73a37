package khabar.core.urdu.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.urdu.UrduResources;

/**
 * The Urdu name lists under {@value #ROOT}: the cleaned urduhack lists (MIT, see
 * {@code LICENSE-urduhack.txt}), CLDR place names (from ICU4J, built by {@link UrduGazetteerBuilder}), the
 * hand-compiled lists in {@code curated/} and the places and organizations of the Urdu name store
 * ({@link UrduResources}, the rows the NER uses). All lists feed the CRF's gazette features; the CLDR and
 * name-store place and organization names also form the "known names" that {@link #matchKnown} finds whole.
 * Immutable and thread-safe; {@link #load()} reads the resources once per JVM.
 */
public final class UrduGazetteers {
    /** Classpath folder of the lists. */
    public static final String ROOT = "khabar/gazetteers/ur/";

    /** The gazette classes the CRF sees as features. */
    public enum Kind { LOC, PER, ORG, NAT, ORGKEY, TITLE }

    private static final class Holder {
        static final UrduGazetteers INSTANCE = readResources(true);
    }

    private final Map<Kind, Set<String>> lists;
    private final Map<String, EntityType> known;
    private final int maxKnownWords;
    private final Set<String> personWords;
    private final Set<String> roles;
    private final Set<String> nameParts;
    private final int maxRoleWords;

    private UrduGazetteers(Map<Kind, Set<String>> lists, Map<String, EntityType> known, Set<String> personWords,
                           Set<String> roles, Set<String> nameParts) {
        this.lists = lists;
        this.nameParts = nameParts;
        this.roles = roles;
        this.maxRoleWords = roles.stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.known = known;
        this.personWords = personWords;
        this.maxKnownWords = known.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    /** The shipped lists, read once per JVM. */
    public static UrduGazetteers load() {
        return Holder.INSTANCE;
    }

    /**
     * The shipped lists without the names induced from news ({@code induced/}): what {@code bin/khabar
     * induce-names} reads, so that its output depends on the corpus and the hand-made lists, not on the induced
     * lists it is about to replace (read with them, every name already induced is a known name and is not induced
     * again). Read afresh on each call.
     */
    public static UrduGazetteers withoutInduced() {
        return readResources(false);
    }

    private static UrduGazetteers readResources(boolean withInduced) {
        Map<Kind, Set<String>> lists = new EnumMap<>(Kind.class);
        Set<String> cldr = read("cldr-locations.txt");
        Set<String> curatedLoc = storeNames(EntityType.LOCATION);
        Set<String> curatedOrg = storeNames(EntityType.ORGANIZATION);
        lists.put(Kind.LOC, union(read("urduhack-locations.txt"), cldr, curatedLoc));
        Set<String> curatedPer = read("curated/persons.txt");
        Set<String> inducedNames = withInduced ? read("induced/person-names.txt") : Set.of();
        Set<String> inducedWords = withInduced ? read("induced/person-words.txt") : Set.of();
        lists.put(Kind.PER, union(read("urduhack-persons.txt"), curatedPer, inducedNames, inducedWords));
        lists.put(Kind.ORG, union(read("urduhack-organizations.txt"), curatedOrg));
        lists.put(Kind.NAT, read("curated/nationalities.txt"));
        lists.put(Kind.ORGKEY, read("curated/org-heads.txt"));
        Set<String> roles = read("curated/person-roles.txt");
        lists.put(Kind.TITLE, union(read("curated/person-titles.txt"), roles));
        Map<String, EntityType> known = new HashMap<>();
        cldr.forEach(n -> known.put(n, EntityType.LOCATION));
        curatedLoc.forEach(n -> known.put(n, EntityType.LOCATION));
        curatedOrg.forEach(n -> known.put(n, EntityType.ORGANIZATION));
        // names read off news after titles (bin/khabar induce-names): whole multiword names only
        inducedNames.forEach(n -> known.putIfAbsent(n, EntityType.PERSON));
        // CLDR names that are also common Urdu words: gazette features only, never matched as known names
        known.keySet().removeAll(UrduResources.get().words("ambiguous-known"));
        Set<String> personWords = new java.util.HashSet<>(inducedWords);
        for (String name : curatedPer) {
            // single-word entries only: the words of multiword names include common words (من موہن سنگھ, پریم چند)
            if (name.indexOf(' ') < 0 && name.codePointCount(0, name.length()) >= 3) {
                personWords.add(name);
            }
        }
        Set<String> functionWords = UrduResources.get().words("function-words");
        Set<String> nameParts = new java.util.HashSet<>();
        for (String name : lists.get(Kind.PER)) {
            for (String w : name.split(" ")) {
                if (w.codePointCount(0, w.length()) >= 2 && !functionWords.contains(w)) {
                    nameParts.add(w);
                }
            }
        }
        lists.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new UrduGazetteers(Collections.unmodifiableMap(lists), Collections.unmodifiableMap(known),
                Collections.unmodifiableSet(personWords), Collections.unmodifiableSet(roles),
                Collections.unmodifiableSet(nameParts));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return out;
    }

    /** Reads one list: one name a line, {@code #} comments, each word normalized like CRF input. */
    static Set<String> read(String name) {
        Set<String> out = new LinkedHashSet<>();
        try (InputStream in = UrduGazetteers.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + ROOT + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                out.add(entry(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The names of one type in the name store that the NER uses, each normalized like CRF input, in file order. */
    private static Set<String> storeNames(EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : UrduResources.get().names(UrduResources.Use.NER, type)) {
            out.add(entry(name));
        }
        return out;
    }

    /** A list entry as the lists hold it: each word of a stripped line normalized like CRF input, space-joined. */
    private static String entry(String line) {
        return String.join(" ", UrduNerLabels.featureForms(Arrays.asList(line.split("\\s+"))));
    }

    /**
     * Whether a normalized word is a one-word entry of the hand-compiled person names ({@code curated/persons.txt})
     * of at least 3 letters.
     */
    public boolean isPersonWord(String form) {
        return personWords.contains(form);
    }

    /**
     * The end of the longest role, office or profession ({@code curated/person-roles.txt}: {@code وزیر اعلیٰ},
     * {@code اداکارہ}, {@code ایس ایچ او}) starting at {@code i}, or -1.
     */
    public int roleEnd(List<String> forms, int i) {
        int best = -1;
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= maxRoleWords && i + n <= forms.size(); n++) {
            if (n > 1) {
                sb.append(' ');
            }
            sb.append(forms.get(i + n - 1));
            if (roles.contains(sb.toString())) {
                best = i + n;
            }
        }
        return best;
    }

    /**
     * Whether a normalized word is a word of some name in the person gazetteer (urduhack, curated and induced
     * lists; function words excluded). Looser than {@link #isPersonWord}: it includes words that are also common
     * words, so rules use it only where the context already says "a name follows".
     */
    public boolean isNamePart(String form) {
        return nameParts.contains(form);
    }

    /** The entity type of a known (CLDR or name-store) place or organization name, or null. */
    public EntityType knownType(String name) {
        return known.get(name);
    }

    /** The entries of one class, each a space-joined sequence of normalized words. */
    public Set<String> entries(Kind kind) {
        return lists.get(kind);
    }

    /** Writes the lists in CoreNLP's gazette format ({@code CLASS word word…} a line). */
    public void writeCrfGazette(Path file) throws IOException {
        try (PrintStream p = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            lists.forEach((kind, entries) -> entries.forEach(e -> p.println(kind.name() + " " + e)));
        }
    }

    /**
     * Finds known place and organization names (CLDR list and name store) in a sentence, longest match
     * first, left to right, not overlapping.
     *
     * @param forms the sentence's tokens in normalized form
     */
    public List<Span> matchKnown(List<String> forms) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < forms.size()) {
            int matched = 0;
            EntityType type = null;
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= maxKnownWords && i + n <= forms.size(); n++) {
                if (n > 1) {
                    sb.append(' ');
                }
                sb.append(forms.get(i + n - 1));
                EntityType t = known.get(sb.toString());
                if (t != null) {
                    matched = n;
                    type = t;
                }
            }
            if (matched > 0) {
                out.add(new Span(i, i + matched, type));
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }
}
