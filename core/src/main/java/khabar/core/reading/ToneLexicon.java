package khabar.core.reading;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Tone words of one language: {@code kind<TAB>term} lines, kind one of {@code positive}, {@code negative},
 * {@code negator}, {@code activity}, {@code self_group}, and two settings: {@code negation_after<TAB>N} (a negator
 * flips the polarity of sentiment terms that start within the N tokens after it: English "not <u>good</u>") and
 * {@code negation_before<TAB>N} (terms that end within the N tokens before it: Urdu "<u>نقصان</u> نہیں ہوا").
 * An odd number of negators in reach flips a term; an even number does not. A term may have several kinds
 * ({@code attack}: negative and activity), each listed on its own line.
 */
public final class ToneLexicon {
    /** What a term counts as. */
    enum Kind { POSITIVE, NEGATIVE, NEGATOR, ACTIVITY, SELF_GROUP }

    private final TermTrie<Set<Kind>> trie;
    private final int after;
    private final int before;

    private ToneLexicon(TermTrie<Set<Kind>> trie, int after, int before) {
        this.trie = trie;
        this.after = after;
        this.before = before;
    }

    static ToneLexicon load(String file, UnaryOperator<String> key) {
        Map<List<String>, Set<Kind>> terms = new LinkedHashMap<>();
        int after = 0;
        int before = 0;
        for (LexiconTsv.Row r : LexiconTsv.read(file)) {
            if (r.kind().equals("negation_after") || r.kind().equals("negation_before")) {
                int n;
                try {
                    n = Integer.parseInt(r.term());
                } catch (NumberFormatException e) {
                    throw r.problem(r.kind() + " must be a number of tokens, got '" + r.term() + "'");
                }
                if (r.kind().equals("negation_after")) {
                    after = n;
                } else {
                    before = n;
                }
                continue;
            }
            Kind kind;
            try {
                kind = Kind.valueOf(r.kind().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.problem("kind must be positive, negative, negator, activity, self_group, negation_after or "
                        + "negation_before, got '" + r.kind() + "'");
            }
            List<String> keys = new ArrayList<>();
            for (String w : r.term().split("\\s+")) {
                keys.add(key.apply(w));
            }
            Set<Kind> kinds = terms.computeIfAbsent(List.copyOf(keys), k -> EnumSet.noneOf(Kind.class));
            if (!kinds.add(kind)) {
                throw r.problem("term '" + r.term() + "' listed twice as " + r.kind());
            }
            if (kinds.contains(Kind.POSITIVE) && kinds.contains(Kind.NEGATIVE)) {
                throw r.problem("term '" + r.term() + "' is both positive and negative");
            }
        }
        TermTrie.Builder<Set<Kind>> b = new TermTrie.Builder<>();
        terms.forEach((keys, kinds) -> b.add(keys, Set.copyOf(kinds)));
        return new ToneLexicon(b.build(), after, before);
    }

    public int size() {
        return trie.size();
    }

    /** The tone counts of one sentence, given its tokens' lexicon keys. */
    public ToneCounts count(List<String> keys) {
        int words = 0;
        for (String k : keys) {
            if (ReadingLexicons.isWord(k)) {
                words++;
            }
        }
        List<TermTrie.Match<Set<Kind>>> found = trie.findAll(keys);
        int positive = 0;
        int negative = 0;
        int activity = 0;
        int selfGroup = 0;
        for (TermTrie.Match<Set<Kind>> m : found) {
            int span = m.end() - m.begin();
            Set<Kind> kinds = m.value();
            if (kinds.contains(Kind.ACTIVITY)) {
                activity += span;
            }
            if (kinds.contains(Kind.SELF_GROUP)) {
                selfGroup += span;
            }
            if (kinds.contains(Kind.POSITIVE) || kinds.contains(Kind.NEGATIVE)) {
                if (kinds.contains(Kind.POSITIVE) != negated(found, m)) {
                    positive += span;
                } else {
                    negative += span;
                }
            }
        }
        return new ToneCounts(words, positive, negative, activity, selfGroup);
    }

    private boolean negated(List<TermTrie.Match<Set<Kind>>> found, TermTrie.Match<Set<Kind>> term) {
        int negators = 0;
        for (TermTrie.Match<Set<Kind>> n : found) {
            if (!n.value().contains(Kind.NEGATOR)) {
                continue;
            }
            boolean reachesForward = n.end() <= term.begin() && term.begin() - n.end() < after;
            boolean reachesBack = n.begin() >= term.end() && n.begin() - term.end() < before;
            if (reachesForward || reachesBack) {
                negators++;
            }
        }
        return negators % 2 == 1;
    }
}
