package khabar.core.quote;

import java.util.List;
import java.util.Set;

import khabar.core.quote.SectionText.Candidate;

/**
 * Urdu attribution: {@code X نے کہا کہ …}, {@code X کا کہنا تھا کہ …}, {@code X نے کہا: "…"}, {@code X کے مطابق …},
 * {@code X کے بقول …}; the speaker stands right before its agent postposition (نے، کا) or before کے مطابق (past
 * a report noun: X کی رپورٹ کے مطابق). Cues and word lists: {@code khabar/quotes/quotes-ur.tsv}.
 */
final class UrduQuoteRules implements QuoteRules {
    /** Words that end the noun phrase before a marker (postpositions, conjunctions). */
    private static final Set<String> PHRASE_STOPS = Set.of("میں", "سے", "نے", "کو", "پر", "تک", "اور", "جبکہ", "کہ",
            "بعد", "دوران", "ہوئے", "موقع");
    private static final int MAX_PHRASE = 5;

    /** X نے … کہا کہ …: true when a quotation was added. */
    @Override
    public boolean say(SectionText t, int s, int vb, int ve) {
        String[] k = t.keys(s);
        int marker = -1;
        if (k[vb].equals(t.lexicon.key("کہنا"))) {
            marker = vb > 0 && t.lexicon.is(QuoteLexicon.AGENT, k[vb - 1]) ? vb - 1 : -1;
        } else {
            for (int j = vb - 1; j >= 0 && marker < 0; j--) {
                if (k[j].equals(t.lexicon.key("نے"))) {
                    marker = j;
                }
            }
        }
        if (marker < 0) {
            return false;
        }
        Candidate who = speakerBefore(t, s, marker);
        if (who == null) {
            return false;
        }
        int q = ve;
        while (q < k.length && t.lexicon.is(QuoteLexicon.AUX, k[q])) {
            q++;
        }
        String verb = t.verb(s, vb, ve);
        boolean opened = q < k.length && (t.lexicon.is(QuoteLexicon.COMPLEMENTIZER, k[q]) || ":".equals(t.token(s, q).text()));
        if (opened) {
            int from = t.token(s, q).end();
            QuotedSpans.Span direct = t.quoteStartingAt(from);
            if (direct != null) {
                t.add(s, direct.begin(), direct.end(), who.speaker(), verb, QuoteKind.DIRECT);
                return true;
            }
            int last = t.lastWord(s);
            if (last > q) {
                t.add(s, from, t.token(s, last).end(), who.speaker(), verb, QuoteKind.INDIRECT);
                return true;
            }
            return false;
        }
        QuotedSpans.Span before = t.quoteEndingAt(t.token(s, who.tokenBegin()).begin());
        if (before != null) {
            t.add(Math.max(0, t.sentenceAt(before.begin())), before.begin(), before.end(), who.speaker(), verb, QuoteKind.DIRECT);
            return true;
        }
        return false;
    }

    /** X کے مطابق …, X کے بقول …: true when a quotation was added. */
    @Override
    public boolean according(SectionText t, int s, int cb, int ce) {
        String[] k = t.keys(s);
        int end = cb;
        int report = t.lexicon.matchEndingAt(QuoteLexicon.REPORT, k, end);
        if (report > 0 && end - report - 1 >= 0 && t.lexicon.is(QuoteLexicon.AGENT, k[end - report - 1])) {
            end = end - report - 1;
        }
        if (end == 0 || t.lexicon.matchEndingAt(QuoteLexicon.NOT_SPEAKER, k, end) > 0) {
            return false;
        }
        Candidate who = speakerBefore(t, s, end);
        if (who == null) {
            return false;
        }
        String verb = t.verb(s, cb, ce);
        int last = t.lastWord(s);
        if (last >= ce + 1) {
            int from = t.token(s, ce).begin();
            QuotedSpans.Span direct = t.quoteStartingAt(from);
            if (direct != null) {
                t.add(s, direct.begin(), direct.end(), who.speaker(), verb, QuoteKind.DIRECT);
            } else {
                t.add(s, from, t.token(s, last).end(), who.speaker(), verb, QuoteKind.INDIRECT);
            }
            return true;
        }
        int stop = who.tokenBegin();
        if (stop >= 2) {
            t.add(s, t.sentences.get(s).begin(), t.token(s, stop - 1).end(), who.speaker(), verb, QuoteKind.INDIRECT);
            return true;
        }
        return false;
    }

    /**
     * The speaker that ends right before {@code marker} (a mention, role noun or pronoun ending at most two words
     * before it), else the noun phrase before it back to a postposition (a name the NER missed), as a role.
     */
    private static Candidate speakerBefore(SectionText t, int s, int marker) {
        int from = marker - 1;
        while (from > 0 && marker - from < MAX_PHRASE + 3 && !t.punct(s, from - 1)
                && !PHRASE_STOPS.contains(t.keys(s)[from - 1])) {
            from--;
        }
        List<Candidate> cs = t.candidates(s, from, marker);
        Candidate best = SectionText.nearest(cs);
        if (best != null && best.tokenEnd() >= marker - 2) {
            if (best.speaker().type() == SpeakerType.ROLE && best.tokenEnd() < marker) {
                best = new Candidate(best.tokenBegin(), marker, t.span(s, best.tokenBegin(), marker, SpeakerType.ROLE), 1);
            }
            return best;
        }
        if (marker - from < 1 || marker - from > MAX_PHRASE) {
            return null;
        }
        return new Candidate(from, marker, t.span(s, from, marker, SpeakerType.ROLE), 3);
    }
}
