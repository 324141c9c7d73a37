package khabar.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import khabar.core.text.Sentence;

/**
 * GKG-style themes of one language: {@code THEME<TAB>term} lines (a term is one or more words; matched on whole
 * tokens' lexicon keys, the longest term at each token first). See docs/themes-tone.md for the codes.
 */
public final class ThemeLexicon {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*[A-Z]");

    private final TermTrie<String> trie;
    private final Set<String> codes;

    private ThemeLexicon(TermTrie<String> trie, Set<String> codes) {
        this.trie = trie;
        this.codes = Set.copyOf(codes);
    }

    static ThemeLexicon load(String file, UnaryOperator<String> key) {
        TermTrie.Builder<String> b = new TermTrie.Builder<>();
        Set<String> codes = new TreeSet<>();
        for (LexiconTsv.Row r : LexiconTsv.read(file)) {
            if (!CODE.matcher(r.kind()).matches()) {
                throw r.problem("theme code must be upper case letters and _, got '" + r.kind() + "'");
            }
            List<String> keys = new ArrayList<>();
            for (String w : r.term().split("\\s+")) {
                keys.add(key.apply(w));
            }
            if (!b.add(keys, r.kind())) {
                throw r.problem("term '" + r.term() + "' listed twice");
            }
            codes.add(r.kind());
        }
        return new ThemeLexicon(b.build(), codes);
    }

    /** The theme codes the lexicon has. */
    public Set<String> codes() {
        return codes;
    }

    public int size() {
        return trie.size();
    }

    /** The themes' evidence in one sentence, given its tokens' lexicon keys, left to right. */
    public List<ThemeMatch> find(Sentence sentence, List<String> keys) {
        List<ThemeMatch> out = new ArrayList<>();
        for (TermTrie.Match<String> m : trie.findAll(keys)) {
            out.add(new ThemeMatch(m.value(), sentence.index(), sentence.tokens().get(m.begin()).begin(),
                    sentence.tokens().get(m.end() - 1).end(), m.term()));
        }
        return out;
    }
}
