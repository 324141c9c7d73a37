package khabar.core.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import khabar.core.text.EntityType;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

/**
 * One section (title or body) as the quotation rules see it: its sentences with lexicon keys, the entity
 * mentions of each sentence, its quoted spans (and which a quotation has taken), and the speakers found so far
 * (a pronoun stands for the last of them).
 */
final class SectionText {
    /** A speaker candidate: where it stands in its sentence (tokens) and whom it stands for. */
    record Candidate(int tokenBegin, int tokenEnd, Speaker speaker, int rank) {
    }

    final String text;
    final List<Sentence> sentences;
    final QuoteLexicon lexicon;
    final List<QuotedSpans.Span> quoted;
    private final boolean[] taken;
    private final List<String[]> keys = new ArrayList<>();
    private final Map<Integer, List<Mention>> mentions = new HashMap<>();
    private final List<Mention> persons = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    private Speaker lastSpeaker;

    SectionText(String text, List<Sentence> sentences, List<Mention> all, QuoteLexicon lexicon) {
        this.text = text;
        this.sentences = sentences;
        this.lexicon = lexicon;
        this.quoted = QuotedSpans.find(text);
        this.taken = new boolean[quoted.size()];
        for (Sentence s : sentences) {
            String[] k = new String[s.tokens().size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = lexicon.key(s.tokens().get(i).normalized());
            }
            keys.add(k);
        }
        for (Mention m : all) {
            mentions.computeIfAbsent(m.sentenceIndex(), x -> new ArrayList<>()).add(m);
            if (m.type() == EntityType.PERSON) {
                persons.add(m);
            }
        }
    }

    String[] keys(int s) {
        return keys.get(s);
    }

    List<Token> tokens(int s) {
        return sentences.get(s).tokens();
    }

    Token token(int s, int i) {
        return sentences.get(s).tokens().get(i);
    }

    /** Whether token {@code i} of sentence {@code s} has no letter or digit (punctuation, quotation marks). */
    boolean punct(int s, int i) {
        String t = token(s, i).text();
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLetterOrDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token lies inside a quoted span (a cue there is part of someone's words). */
    boolean quotedToken(int s, int i) {
        Token t = token(s, i);
        for (QuotedSpans.Span q : quoted) {
            if (t.begin() >= q.begin() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last token of sentence {@code s} that is not punctuation, or -1. */
    int lastWord(int s) {
        for (int i = tokens(s).size() - 1; i >= 0; i--) {
            if (!punct(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The free quoted span that ends at {@code pos} with nothing but marks, punctuation and spaces between. */
    QuotedSpans.Span quoteEndingAt(int pos) {
        for (int q = quoted.size() - 1; q >= 0; q--) {
            QuotedSpans.Span span = quoted.get(q);
            if (span.end() <= pos) {
                return !taken[q] && onlyPunct(span.end(), pos) ? span : null;
            }
        }
        return null;
    }

    /** The free quoted span that starts after {@code pos} with only marks, punctuation and spaces between. */
    QuotedSpans.Span quoteStartingAt(int pos) {
        for (int q = 0; q < quoted.size(); q++) {
            QuotedSpans.Span span = quoted.get(q);
            if (span.begin() >= pos) {
                return !taken[q] && onlyPunct(pos, span.begin()) ? span : null;
            }
        }
        return null;
    }

    boolean onlyPunct(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The speaker candidates of sentence {@code s} that lie within tokens [from, to). */
    List<Candidate> candidates(int s, int from, int to) {
        List<Candidate> out = new ArrayList<>();
        String[] k = keys(s);
        for (Mention m : mentions.getOrDefault(sentences.get(s).index(), List.of())) {
            SpeakerType type = speakerType(m);
            if (type != null && m.tokenBegin() >= from && m.tokenEnd() <= to) {
                out.add(new Candidate(m.tokenBegin(), m.tokenEnd(), new Speaker(m.text(), m.charBegin(), m.charEnd(),
                        m.link().kbId(), type), 0));
            }
        }
        for (int i = Math.max(0, from); i < to && i < k.length; i++) {
            int n = lexicon.match(QuoteLexicon.ROLE, k, i);
            if (n > 0 && i + n <= to) {
                out.add(new Candidate(i, i + n, span(s, i, i + n, SpeakerType.ROLE), 1));
            }
            if (lexicon.match(QuoteLexicon.PRONOUN, k, i) == 1) {
                Speaker antecedent = antecedent(token(s, i).begin());
                if (antecedent != null) {
                    out.add(new Candidate(i, i + 1, antecedent, 2));
                }
            }
        }
        return out;
    }

    private static SpeakerType speakerType(Mention m) {
        return switch (m.type()) {
            case PERSON -> SpeakerType.PERSON;
            case ORGANIZATION -> SpeakerType.ORGANIZATION;
            case LOCATION -> "COUNTRY".equals(m.link().subtype()) ? SpeakerType.ORGANIZATION : null;
            default -> null;
        };
    }

    /** The candidate that ends nearest to {@code to} (a mention before a role noun before a pronoun on a tie). */
    static Candidate nearest(List<Candidate> cs) {
        Candidate best = null;
        for (Candidate c : cs) {
            if (best == null || c.tokenEnd() > best.tokenEnd()
                    || c.tokenEnd() == best.tokenEnd() && c.rank() < best.rank()) {
                best = c;
            }
        }
        return best;
    }

    /** The first mention of the candidates, else the first of them; null when none. */
    static Candidate firstMention(List<Candidate> cs) {
        Candidate best = null;
        for (Candidate c : cs) {
            if (best == null || c.rank() < best.rank() || c.rank() == best.rank() && c.tokenBegin() < best.tokenBegin()) {
                best = c;
            }
        }
        return best;
    }

    Speaker span(int s, int from, int to, SpeakerType type) {
        int b = token(s, from).begin();
        int e = token(s, to - 1).end();
        return new Speaker(text.substring(b, e), b, e, null, type);
    }

    /** Whom a pronoun at {@code pos} stands for: the last speaker, else the last PERSON mention before it. */
    private Speaker antecedent(int pos) {
        if (lastSpeaker != null && lastSpeaker.charBegin() < pos) {
            return lastSpeaker;
        }
        Mention last = null;
        for (Mention m : persons) {
            if (m.charEnd() <= pos) {
                last = m;
            }
        }
        return last == null ? null
                : new Speaker(last.text(), last.charBegin(), last.charEnd(), last.link().kbId(), SpeakerType.PERSON);
    }

    /** Adds a quotation from {@code begin} to {@code end} (trimmed of spaces, marks and final stops). */
    void add(int sentence, int begin, int end, Speaker speaker, String verb, QuoteKind kind) {
        while (begin < end && trimmable(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && trimmable(text.charAt(end - 1))) {
            end--;
        }
        if (end - begin < 2 || speaker == null) {
            return;
        }
        for (int q = 0; q < quoted.size(); q++) {
            if (quoted.get(q).begin() == begin || quoted.get(q).begin() >= begin && quoted.get(q).end() <= end) {
                taken[q] = true;
            }
        }
        quotes.add(new Quote(sentences.get(sentence).index(), begin, end, text.substring(begin, end), speaker, verb, kind));
        lastSpeaker = speaker;
    }

    private static boolean trimmable(char c) {
        return Character.isWhitespace(c) || "۔.،,:;؛\"'“”‘’«»".indexOf(c) >= 0;
    }

    void take(QuotedSpans.Span span) {
        taken[quoted.indexOf(span)] = true;
    }

    boolean taken(QuotedSpans.Span span) {
        return taken[quoted.indexOf(span)];
    }

    /** The index (into {@link #sentences}) of the sentence that holds {@code pos}, or -1. */
    int sentenceAt(int pos) {
        for (int s = 0; s < sentences.size(); s++) {
            if (pos >= sentences.get(s).begin() && pos < sentences.get(s).end()) {
                return s;
            }
        }
        return -1;
    }

    String verb(int s, int from, int to) {
        return text.substring(token(s, from).begin(), token(s, to - 1).end());
    }
}
