package khabar.core.link;

import khabar.core.text.Link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects names of entities and turns them into a {@link Gazetteer}. Not thread-safe; used while loading. */
final class GazetteerBuilder {
    /** The names of one entity under one key; a key's entities form a short linked list. */
    private static final class Names {
        final Link link;
        final Names next;
        int priority;
        final BitSet languages = new BitSet();

        Names(Link link, int priority, Names next) {
            this.link = link;
            this.priority = priority;
            this.next = next;
        }
    }

    private final Map<String, Names> byKey = new HashMap<>(1 << 17);
    private final Map<String, Integer> languageIndex = new HashMap<>();
    private int maxPieces = 1;

    /** Adds a name of {@code link} in the given languages; {@code priority}: lower wins (see {@link Gazetteer.Candidate}). */
    void add(String name, Link link, int priority, String language) {
        for (List<String> pieces : keyVariants(name)) {
            addKey(String.join(" ", pieces), link, priority, language);
        }
    }

    /**
     * Adds a key that is normalized already (pieces joined by one space), as the CLDR table stores them;
     * {@code languages}: ISO 639 codes separated by commas.
     */
    void addKey(String key, Link link, int priority, String languages) {
        int pieces = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            pieces++;
        }
        maxPieces = Math.max(maxPieces, pieces);
        Names head = byKey.get(key);
        Names names = head;
        while (names != null && !names.link.equals(link)) {
            names = names.next;
        }
        if (names == null) {
            names = new Names(link, priority, head);
            byKey.put(key, names);
        }
        names.priority = Math.min(names.priority, priority);
        for (int from = 0; from < languages.length(); ) {
            int comma = languages.indexOf(',', from);
            int to = comma < 0 ? languages.length() : comma;
            String lang = languages.substring(from, to);
            names.languages.set(languageIndex.computeIfAbsent(lang, l -> languageIndex.size()));
            from = to + 1;
        }
    }

    Gazetteer build() {
        Map<String, Gazetteer.Entry> entries = new HashMap<>(byKey.size() * 2);
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Map.Entry<String, Names> e : byKey.entrySet()) {
            if (e.getValue().next != null) {
                for (Names n = e.getValue(); n != null; n = n.next) {
                    shared.add(n.link.kbId());
                }
            }
            List<Gazetteer.Candidate> cs = new ArrayList<>(2);
            for (Names n = e.getValue(); n != null; n = n.next) {
                cs.add(0, new Gazetteer.Candidate(n.link, n.priority, n.languages.toLongArray(), n.languages.cardinality()));
            }
            entries.put(e.getKey(), new Gazetteer.Entry(false, cs.toArray(Gazetteer.Candidate[]::new)));
        }
        for (String key : byKey.keySet()) {
            for (int cut = key.lastIndexOf(' '); cut > 0; cut = key.lastIndexOf(' ', cut - 1)) {
                String prefix = key.substring(0, cut);
                Gazetteer.Entry old = entries.get(prefix);
                if (old != null && old.prefix()) {
                    break; // its own prefixes are marked already
                }
                entries.put(prefix, new Gazetteer.Entry(true, old == null ? new Gazetteer.Candidate[0] : old.candidates()));
            }
        }
        return new Gazetteer(entries, new HashMap<>(languageIndex), maxPieces, shared);
    }

    /**
     * The keys under which a name is indexed, as pieces: the name itself; for {@code Myanmar (Burma)} also
     * {@code Myanmar} and {@code Burma}; for an Arabic-script name of 2–4 words also every way of writing
     * it with words run together, since Urdu spacing varies ({@code ریاست ہائے} / {@code ریاستہائے}).
     */
    static List<List<String>> keyVariants(String name) {
        List<String> forms = new ArrayList<>(3);
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        if (open >= 0 && close > open) {
            forms.add(name.substring(0, open) + " " + name.substring(close + 1));
            if (name.substring(close + 1).isBlank()) {
                forms.add(name.substring(open + 1, close));
            }
        }
        forms.add(name);
        List<List<String>> out = new ArrayList<>();
        for (String form : forms) {
            List<String> pieces = LinkKeys.pieces(form);
            if (pieces.isEmpty()) {
                continue;
            }
            addUnique(out, pieces);
            if (pieces.size() >= 2 && pieces.size() <= 4 && LinkKeys.hasArabicScript(form)) {
                for (int mask = 1; mask < (1 << (pieces.size() - 1)); mask++) {
                    addUnique(out, joined(pieces, mask));
                }
            }
        }
        return out;
    }

    /** Runs piece i and i+1 together where bit i of {@code mask} is set. */
    private static List<String> joined(List<String> pieces, int mask) {
        List<String> out = new ArrayList<>(pieces.size());
        StringBuilder cur = new StringBuilder(pieces.get(0));
        for (int i = 1; i < pieces.size(); i++) {
            if ((mask & (1 << (i - 1))) != 0) {
                cur.append(pieces.get(i));
            } else {
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(pieces.get(i));
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static void addUnique(List<List<String>> out, List<String> pieces) {
        if (!out.contains(pieces)) {
            out.add(pieces);
        }
    }
}
