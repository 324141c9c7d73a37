package khabar.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import khabar.core.link.LinkSubtype;
import khabar.core.text.EntityType;
import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

/**
 * One sentence as the coder sees it: token keys, quote and punctuation masks, the triggers, function
 * words, actor terms and chunks found in it. Built once per sentence, read by the rules.
 */
final class SentenceView {
    /** No function word (an empty enum set, so that every grammar set is one class). */
    private static final Set<FunctionWord> NO_FUNCTION_WORD = java.util.Collections.unmodifiableSet(
            EnumSet.noneOf(FunctionWord.class));
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "„", "``", "''", "‟");
    private static final Set<FunctionWord> MARKERS = EnumSet.of(FunctionWord.AGENT, FunctionWord.TARGET,
            FunctionWord.WITH, FunctionWord.BY, FunctionWord.PLACE, FunctionWord.PREPOSITION);

    final LanguagePack pack;
    final String text;
    final Sentence sentence;
    final List<Token> tokens;
    final String[] keys;
    final boolean[] isWord;
    final boolean[] inQuote;
    final List<PhraseMatcher.Match<Trigger>> triggers;
    /** The function-word match starting at each token, or null. */
    final List<PhraseMatcher.Match<Set<FunctionWord>>> grammarAt;
    final List<Term> terms;
    final List<Chunk> chunks;
    final int[] clauseOf;

    SentenceView(LanguagePack pack, String text, Sentence sentence, List<Mention> mentions) {
        this.pack = pack;
        this.text = text;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        keys = new String[n];
        isWord = new boolean[n];
        inQuote = new boolean[n];
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            keys[i] = pack.key(t);
            isWord[i] = hasLetterOrDigit(t.text());
            if (t.text().length() <= 2 && QUOTES.contains(t.text())) {
                quoted = !quoted;
            }
            inQuote[i] = quoted;
        }
        triggers = pack.triggers().matcher().findAll(keys, isWord);
        grammarAt = new ArrayList<>(java.util.Collections.nCopies(n, null));
        for (PhraseMatcher.Match<Set<FunctionWord>> m : pack.grammar().findAll(keys, isWord)) {
            grammarAt.set(m.begin(), m);
        }
        terms = terms(mentions);
        clauseOf = new int[n];
        chunks = chunk();
    }

    int size() {
        return tokens.size();
    }

    /** The function words the tokens from {@code i} on make, or an empty set. */
    Set<FunctionWord> grammar(int i) {
        PhraseMatcher.Match<Set<FunctionWord>> m = i < grammarAt.size() ? grammarAt.get(i) : null;
        return m == null ? NO_FUNCTION_WORD : m.value();
    }

    boolean is(int i, FunctionWord w) {
        return i >= 0 && i < tokens.size() && grammar(i).contains(w);
    }

    /** Whether any token in {@code [begin, end)} starts a function word of that category or carries a proxy suffix. */
    boolean anyIn(int begin, int end, FunctionWord w) {
        for (int i = Math.max(0, begin); i < Math.min(end, tokens.size()); i++) {
            if (grammar(i).contains(w)) {
                return true;
            }
            if (w == FunctionWord.PROXY) {
                for (String suffix : pack.proxySuffixes()) {
                    if (keys[i].endsWith(suffix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The text of tokens {@code [begin, end)} as written in the section. */
    String text(int begin, int end) {
        int b = tokens.get(begin).begin();
        int e = tokens.get(end - 1).end();
        if (e <= text.length() && b <= e) {
            return text.substring(b, e);
        }
        StringBuilder s = new StringBuilder();
        for (int i = begin; i < end; i++) {
            s.append(i > begin ? " " : "").append(tokens.get(i).text());
        }
        return s.toString();
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private List<Term> terms(List<Mention> mentions) {
        List<Term> out = new ArrayList<>();
        for (Mention m : mentions) {
            Term t = term(m);
            if (t != null && m.tokenBegin() >= 0 && m.tokenEnd() <= tokens.size() && m.tokenBegin() < m.tokenEnd()) {
                out.add(t);
            }
        }
        for (PhraseMatcher.Match<String> r : pack.roles().findAll(keys, isWord)) {
            String role = r.value().equals("-") ? null : r.value();
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                Term t = out.get(i);
                if (t.tokenBegin() < r.end() && r.begin() < t.tokenEnd()) {
                    if (t.kind() == Term.Kind.NAMED && t.role() == null) {
                        out.set(i, t.withRole(role));
                    }
                    merged = true;
                }
            }
            if (!merged) {
                out.add(new Term(Term.Kind.ROLE, r.begin(), r.end(), role, null, null, null));
            }
        }
        out.sort(Comparator.comparingInt(Term::tokenBegin));
        return List.copyOf(out);
    }

    private static Term term(Mention m) {
        Link l = m.link();
        String subtype = l.subtype();
        if (LinkSubtype.NATIONALITY.name().equals(subtype)) {
            return new Term(Term.Kind.NATIONALITY, m.tokenBegin(), m.tokenEnd(), null, l.countryCode(), l.kbId(), m);
        }
        if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
            return new Term(Term.Kind.NAMED, m.tokenBegin(), m.tokenEnd(), null, l.countryCode(), l.kbId(), m);
        }
        if (m.type() == EntityType.LOCATION) {
            boolean actorLike = subtype == null || LinkSubtype.COUNTRY.name().equals(subtype)
                    || LinkSubtype.CITY.name().equals(subtype);
            return new Term(actorLike ? Term.Kind.PLACE : Term.Kind.LOCALE, m.tokenBegin(), m.tokenEnd(), null,
                    l.countryCode(), l.kbId(), m);
        }
        return null;
    }

    /** Splits the sentence into chunks at triggers, punctuation, clause words and case markers. */
    private List<Chunk> chunk() {
        List<Chunk> out = new ArrayList<>();
        boolean[] triggerStart = new boolean[tokens.size()];
        int[] triggerEnd = new int[tokens.size()];
        for (PhraseMatcher.Match<Trigger> m : triggers) {
            if (!m.value().isStop()) {
                triggerStart[m.begin()] = true;
                triggerEnd[m.begin()] = m.end();
            }
        }
        int clause = 0;
        int start = 0;
        Set<FunctionWord> pending = Set.of();
        int i = 0;
        while (i < tokens.size()) {
            Set<FunctionWord> g = grammar(i);
            int next;
            if (triggerStart[i]) {
                next = triggerEnd[i];
                add(out, start, i, pending, clause);
                pending = Set.of();
            } else if (!isWord[i] || g.contains(FunctionWord.CLAUSE)) {
                next = isWord[i] ? grammarAt.get(i).end() : i + 1;
                add(out, start, i, pending, clause);
                pending = Set.of();
                clause++;
            } else if (!java.util.Collections.disjoint(g, MARKERS)) {
                next = grammarAt.get(i).end();
                EnumSet<FunctionWord> marks = EnumSet.copyOf(g);
                marks.retainAll(MARKERS);
                if (pack.postpositional()) {
                    add(out, start, i, Set.copyOf(marks), clause);
                } else {
                    add(out, start, i, pending, clause);
                    pending = Set.copyOf(marks);
                }
            } else {
                clauseOf[i] = clause;
                i++;
                continue;
            }
            for (int k = i; k < next; k++) {
                clauseOf[k] = clause;
            }
            start = next;
            i = next;
        }
        add(out, start, tokens.size(), pending, clause);
        return List.copyOf(out);
    }

    private static void add(List<Chunk> out, int begin, int end, Set<FunctionWord> markers, int clause) {
        if (begin < end) {
            out.add(new Chunk(begin, end, markers, clause));
        }
    }
}
