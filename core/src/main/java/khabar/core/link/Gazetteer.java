package khabar.core.link;

import khabar.core.text.Link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable name index: normalized keys (pieces joined by one space) to the entities they name, plus
 * every proper prefix of a key, which makes the map a token trie: a scan extends a match one piece at a
 * time and stops as soon as the text so far is neither a key nor a prefix of one.
 */
final class Gazetteer {
    /**
     * One entity a key may name.
     *
     * @param link          the entity
     * @param priority      0 curated alias, 1 CLDR country, 2 CLDR city, 3 geo-names.tsv, 4 GeoNames admin-1 name:
     *                      lower wins
     * @param languages     bit set of the languages (indices into the gazetteer's language list) in which
     *                      the key names it
     * @param languageCount number of bits set in {@code languages}
     */
    record Candidate(Link link, int priority, long[] languages, int languageCount) {
        boolean speaks(int lang) {
            return lang >= 0 && (lang >> 6) < languages.length && (languages[lang >> 6] & (1L << lang)) != 0;
        }
    }

    /** A key, a prefix of a key, or both. {@code candidates} is empty for a pure prefix. */
    record Entry(boolean prefix, Candidate[] candidates) {
    }

    /** A match of pieces {@code [from, to)} on key {@code key}. */
    record Match(int from, int to, String key, Link link) {
    }

    /** A {@link LanguageScope} as language indices: -1 for a language the gazetteer has no names in. */
    record BoundScope(int primary, int[] near, boolean anyLanguage) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, Integer> languageIndex;
    private final Map<String, BoundScope> strictScopes = new HashMap<>();
    private final Map<String, BoundScope> looseScopes = new HashMap<>();
    private final int maxPieces;
    private final java.util.Set<String> sharedIds;

    /**
     * Takes ownership of the maps, which nobody may change afterwards; {@code sharedIds}: the ids that share a
     * key with another entity (in any language).
     */
    Gazetteer(Map<String, Entry> entries, Map<String, Integer> languageIndex, int maxPieces, java.util.Set<String> sharedIds) {
        this.sharedIds = java.util.Set.copyOf(sharedIds);
        this.entries = Collections.unmodifiableMap(entries);
        this.languageIndex = Collections.unmodifiableMap(languageIndex);
        this.maxPieces = maxPieces;
        for (String lang : languageIndex.keySet()) {
            strictScopes.put(lang, bind(LanguageScope.ofBase(lang, false)));
            looseScopes.put(lang, bind(LanguageScope.ofBase(lang, true)));
        }
    }

    /** Whether some key names {@code kbId} and another entity: only then can a mention of it have other readings. */
    boolean shared(String kbId) {
        return sharedIds.contains(kbId);
    }

    int size() {
        return entries.size();
    }

    /**
     * The scope of a text in {@code language} (any tag; null or {@code und} for unknown): its own names,
     * near languages, and, if {@code anyLanguage}, all others.
     */
    BoundScope scope(String language, boolean anyLanguage) {
        String lang = LanguageScope.base(language);
        BoundScope known = lang == null ? null : (anyLanguage ? looseScopes : strictScopes).get(lang);
        return known != null ? known : bind(LanguageScope.ofBase(lang, anyLanguage));
    }

    private BoundScope bind(LanguageScope scope) {
        int primary = scope.primary() == null ? -1 : languageIndex.getOrDefault(scope.primary(), -1);
        int[] near = scope.near().stream().mapToInt(l -> languageIndex.getOrDefault(l, -1)).toArray();
        return new BoundScope(primary, near, scope.anyLanguage());
    }

    /**
     * The longest match starting at piece {@code from} that ends where a token ends and names something in
     * {@code scope}, or null.
     */
    Match longest(PieceSequence seq, int from, BoundScope scope) {
        List<String> live = new ArrayList<>(4);
        seq.forms(from, true, live);
        boolean known = false;
        for (int i = 0; i < live.size() && !known; i++) {
            known = entries.containsKey(live.get(i));
        }
        if (!known) {
            return null; // most words: one lookup per form and done
        }
        Match best = null;
        int n = seq.size();
        List<String> forms = new ArrayList<>(2);
        for (int q = from; q < n && q - from < maxPieces; q++) {
            if (seq.isBarrier(q)) {
                break;
            }
            if (q > from) {
                List<String> next = new ArrayList<>(live.size() * 2);
                forms.clear();
                seq.forms(q, false, forms);
                for (String p : live) {
                    for (String f : forms) {
                        next.add(p + ' ' + f);
                    }
                }
                live = next;
            }
            List<String> keep = new ArrayList<>(live.size());
            for (String key : live) {
                Entry e = entries.get(key);
                if (e == null) {
                    continue;
                }
                if (e.candidates().length > 0 && seq.endsToken(q) && (best == null || best.to() < q + 1)) {
                    Link link = resolve(e.candidates(), scope);
                    if (link != null) {
                        best = new Match(from, q + 1, key, link);
                    }
                }
                if (e.prefix()) {
                    keep.add(key);
                }
            }
            if (keep.isEmpty()) {
                break;
            }
            live = keep;
        }
        return best;
    }

    /**
     * Every entity {@code key} names in the tier of {@code scope} that {@link #resolve} takes its answer from,
     * the default first, then by the same order; empty when the key names nothing there.
     */
    List<Link> readings(String key, BoundScope scope) {
        Entry e = entries.get(key);
        if (e == null || e.candidates().length == 0) {
            return List.of();
        }
        Candidate[] cs = e.candidates();
        List<Candidate> tier = new ArrayList<>(cs.length);
        if (scope.primary() >= 0) {
            for (Candidate c : cs) {
                if (c.speaks(scope.primary())) {
                    tier.add(c);
                }
            }
        }
        if (tier.isEmpty() && scope.near().length > 0) {
            for (Candidate c : cs) {
                if (speaksAny(c, scope.near())) {
                    tier.add(c);
                }
            }
        }
        if (tier.isEmpty() && scope.anyLanguage()) {
            tier.addAll(List.of(cs));
        }
        tier.sort(Gazetteer::compare);
        List<Link> out = new ArrayList<>(tier.size());
        for (Candidate c : tier) {
            out.add(c.link());
        }
        return out;
    }

    /**
     * Lowest priority, then a city before another kind (Latakia the city before its governorate: a name both
     * carry means the city unless context says otherwise), then most languages, then smallest id.
     */
    private static int compare(Candidate a, Candidate b) {
        if (a.priority() != b.priority()) {
            return Integer.compare(a.priority(), b.priority());
        }
        boolean cityA = LinkSubtype.CITY.name().equals(a.link().subtype());
        boolean cityB = LinkSubtype.CITY.name().equals(b.link().subtype());
        if (cityA != cityB) {
            return cityA ? -1 : 1;
        }
        if (a.languageCount() != b.languageCount()) {
            return Integer.compare(b.languageCount(), a.languageCount());
        }
        return a.link().kbId().compareTo(b.link().kbId());
    }

    /**
     * The entity a key's candidates name in a scope, or null: names of the primary language first, then
     * of the near languages, then (if allowed) of any language.
     */
    static Link resolve(Candidate[] candidates, BoundScope scope) {
        Candidate best = null;
        if (scope.primary() >= 0) {
            best = best(candidates, scope.primary(), null, false);
        }
        if (best == null && scope.near().length > 0) {
            best = best(candidates, -1, scope.near(), false);
        }
        if (best == null && scope.anyLanguage()) {
            best = best(candidates, -1, null, true);
        }
        return best == null ? null : best.link();
    }

    /** The first by {@link #compare}: deterministic. */
    private static Candidate best(Candidate[] candidates, int lang, int[] langs, boolean any) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (!any && !c.speaks(lang) && !speaksAny(c, langs)) {
                continue;
            }
            if (best == null || compare(c, best) < 0) {
                best = c;
            }
        }
        return best;
    }

    private static boolean speaksAny(Candidate c, int[] langs) {
        if (langs != null) {
            for (int l : langs) {
                if (c.speaks(l)) {
                    return true;
                }
            }
        }
        return false;
    }
}
