package khabar.core.quote;

import java.util.Locale;
import java.util.Set;

import khabar.core.quote.SectionText.Candidate;

/**
 * English attribution: {@code X said (that) …}, {@code X told Y that …}, {@code "…," X said}, {@code "…," said X},
 * {@code CLAUSE, police said}, {@code X said: "…"}, {@code according to X, …} and {@code …, according to X}. The
 * speaker is the nearest mention, role noun or pronoun on the speaker side of the verb. Cues and word lists:
 * {@code khabar/quotes/quotes-en.tsv}.
 */
final class EnglishQuoteRules implements QuoteRules {
    /** Words a role noun phrase does not extend over (it stops after a determiner). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "several", "some");
    private static final Set<String> STOPS = Set.of("to", "of", "in", "on", "at", "for", "with", "by", "from", "and",
            "or", "but", "as", "that", "which", "who", "said", "told", "after", "before", "while", "when");
    /** Verbs whose object is the addressee (X told reporters that …): the speaker never follows them. */
    private static final Set<String> TELL = Set.of("told", "tells", "warned");
    /** Adjuncts between a verb and its clause: said in a statement that …, said on Tuesday …. */
    private static final Set<String> ADJUNCT_NOUNS = Set.of("statement", "interview", "post", "speech", "briefing",
            "message", "letter", "email", "report", "televised", "address");
    private static final int WINDOW_AFTER = 6;
    private static final int THAT_WITHIN = 10;

    @Override
    public boolean say(SectionText t, int s, int vb, int ve) {
        String[] k = t.keys(s);
        Candidate who = null;
        boolean after = false;
        boolean tell = TELL.contains(k[vb]);
        if (!tell && (vb == 0 || t.punct(s, vb - 1))) {
            who = SectionText.firstMention(t.candidates(s, ve, boundaryAfter(t, s, ve)));
            after = who != null;
        }
        if (who == null) {
            who = SectionText.nearest(t.candidates(s, windowStart(t, s, vb), vb));
        }
        if (who == null) {
            return false;
        }
        who = widen(t, s, who);
        String verb = t.verb(s, vb, ve);
        int sideBegin = after ? vb : who.tokenBegin();
        QuotedSpans.Span before = t.quoteEndingAt(t.token(s, after ? vb : titleStart(t, s, sideBegin)).begin());
        if (before != null) {
            t.add(Math.max(0, t.sentenceAt(before.begin())), before.begin(), before.end(), who.speaker(), verb, QuoteKind.DIRECT);
            return true;
        }
        int from = after ? who.tokenEnd() : ve;
        for (int j = from; j < k.length && j < from + THAT_WITHIN; j++) {
            if (t.punct(s, j) && !":".equals(t.token(s, j).text()) && !",".equals(t.token(s, j).text())) {
                QuotedSpans.Span direct = t.quoteStartingAt(t.token(s, j).begin());
                if (direct != null) {
                    t.add(t.sentenceAt(direct.begin()), direct.begin(), direct.end(), who.speaker(), verb, QuoteKind.DIRECT);
                    return true;
                }
                break;
            }
        }
        int comma = sideBegin - 1;
        if (comma >= 3 && ",".equals(t.token(s, comma).text())) {
            t.add(s, t.sentences.get(s).begin(), t.token(s, comma).begin(), who.speaker(), verb, QuoteKind.INDIRECT);
            return true;
        }
        if (after) {
            return false;
        }
        int start = contentStart(t, s, ve, tell);
        int last = tailCut(t, s, start, t.lastWord(s));
        if (start < 0 || last - start < 2) {
            return false;
        }
        t.add(s, t.token(s, start).begin(), t.token(s, last).end(), who.speaker(), verb, QuoteKind.INDIRECT);
        return true;
    }

    /**
     * The first word of the speaker's phrase: back from {@code b} over up to {@link #WINDOW_AFTER} words (titles
     * and roles: Interior Minister X, foreign office spokeswoman X), so that "…," Interior Minister X said is one
     * attribution.
     */
    private static int titleStart(SectionText t, int s, int b) {
        int j = b;
        while (j > 0 && b - j < WINDOW_AFTER && !t.punct(s, j - 1)) {
            j--;
        }
        return j;
    }

    /**
     * The last word of a reported clause: before a trailing ", <participle> …" or ", including …" (it tells of the
     * main clause, not of what was said) or a trailing ", <source> reported".
     */
    private static int tailCut(SectionText t, int s, int start, int last) {
        if (start < 0) {
            return last;
        }
        for (int j = start + 2; j < last; j++) {
            if (!",".equals(t.token(s, j).text())) {
                continue;
            }
            String next = t.keys(s)[j + 1];
            boolean participle = next.endsWith("ing") && next.length() > 5 || next.equals("including");
            boolean source = last - j <= 4 && t.keys(s)[last].equals("reported");
            if (participle || source) {
                return j - 1;
            }
        }
        return last;
    }

    /** The first token of the reported clause after a verb: past "that" when it comes soon, else past an adjunct. */
    private static int contentStart(SectionText t, int s, int ve, boolean tell) {
        String[] k = t.keys(s);
        for (int j = ve; j < k.length && j < ve + THAT_WITHIN; j++) {
            if (t.punct(s, j)) {
                break;
            }
            if (t.lexicon.is(QuoteLexicon.COMPLEMENTIZER, k[j])) {
                return j + 1;
            }
        }
        if (tell) {
            return -1;
        }
        int j = ve;
        for (boolean moved = true; moved; ) {
            moved = false;
            if (j + 1 < k.length && k[j].equals("on") && Character.isUpperCase(t.token(s, j + 1).text().charAt(0))) {
                j += 2;
                moved = true;
            }
            if (j + 2 < k.length && k[j].equals("in") && (k[j + 1].equals("a") || k[j + 1].equals("an") || k[j + 1].equals("its"))
                    && (ADJUNCT_NOUNS.contains(k[j + 2]) || j + 3 < k.length && ADJUNCT_NOUNS.contains(k[j + 3]))) {
                j += ADJUNCT_NOUNS.contains(k[j + 2]) ? 3 : 4;
                moved = true;
            }
        }
        if (j < k.length && ",".equals(t.token(s, j).text())) {
            j++;
        }
        return j < k.length ? j : -1;
    }

    @Override
    public boolean according(SectionText t, int s, int cb, int ce) {
        String[] k = t.keys(s);
        int end = boundaryAfter(t, s, ce);
        if (end <= ce) {
            return false;
        }
        for (int j = ce; j < end; j++) {
            if (t.lexicon.match(QuoteLexicon.NOT_SPEAKER, k, j) > 0) {
                return false;
            }
        }
        Candidate who = SectionText.firstMention(t.candidates(s, ce, end));
        if (who == null) {
            who = new Candidate(ce, end, t.span(s, ce, end, SpeakerType.ROLE), 3);
        }
        who = widen(t, s, who);
        String verb = t.verb(s, cb, ce);
        int last = t.lastWord(s);
        if (cb == 0 && end < last) {
            t.add(s, t.token(s, end).end(), t.token(s, last).end(), who.speaker(), verb, QuoteKind.INDIRECT);
            return true;
        }
        if (cb >= 3 && ",".equals(t.token(s, cb - 1).text())) {
            t.add(s, t.sentences.get(s).begin(), t.token(s, cb - 1).begin(), who.speaker(), verb, QuoteKind.INDIRECT);
            return true;
        }
        return false;
    }

    /** Tokens after {@code from} up to a comma, a stop or WINDOW_AFTER words. */
    private static int boundaryAfter(SectionText t, int s, int from) {
        int j = from;
        while (j < t.tokens(s).size() && j < from + WINDOW_AFTER && !t.punct(s, j)) {
            j++;
        }
        return j;
    }

    /** The first token after the last quoted span that ends before {@code vb}, else 0. */
    private static int windowStart(SectionText t, int s, int vb) {
        int start = 0;
        int verbAt = t.token(s, vb).begin();
        for (QuotedSpans.Span q : t.quoted) {
            if (q.end() <= verbAt) {
                for (int j = 0; j < vb; j++) {
                    if (t.token(s, j).begin() >= q.end()) {
                        start = Math.max(start, j);
                        break;
                    }
                }
            }
        }
        return start;
    }

    /** A role noun widened right over the role nouns after it and left over its modifiers to its determiner (a police spokesman). */
    private static Candidate widen(SectionText t, int s, Candidate c) {
        if (c.speaker().type() != SpeakerType.ROLE || c.rank() != 1) {
            return c;
        }
        int e = c.tokenEnd();
        for (int n; e < t.tokens(s).size() && (n = t.lexicon.match(QuoteLexicon.ROLE, t.keys(s), e)) > 0; ) {
            e += n;
        }
        int b = c.tokenBegin();
        while (b > 0 && c.tokenBegin() - b < 4 && !t.punct(s, b - 1)) {
            String w = t.token(s, b - 1).text().toLowerCase(Locale.ROOT);
            if (STOPS.contains(w) || t.lexicon.is(QuoteLexicon.SAY, w)) {
                break;
            }
            b--;
            if (DETERMINERS.contains(w)) {
                break;
            }
        }
        return b == c.tokenBegin() && e == c.tokenEnd() ? c : new Candidate(b, e, t.span(s, b, e, SpeakerType.ROLE), 1);
    }
}
