package khabar.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one {@link Actor} from the terms of a chunk:
 * <ol>
 *   <li>the head is the last role noun of the chunk (a named entity holding one counts), else the last
 *   named entity, else the last country or city, else the last nationality;</li>
 *   <li>a head without a country of its own takes the nearest nationality, country or city before it
 *   (at most {@link #WINDOW} tokens between, genitives allowed: عراق کی پولیس, Iraq's police) unless a
 *   proxy word stands between them (ایران کے حمایت یافتہ گروپ, Iran-backed militias: not Iran's);
 *   English, head-first, also takes a country named after the head (the army of Pakistan);</li>
 *   <li>the text runs from that modifier to the end of the head.</li>
 * </ol>
 */
final class ActorBuilder {
    static final int WINDOW = 4;

    private ActorBuilder() {
    }

    /**
     * The actor of chunk {@code c}, or null when it has no actor terms.
     *
     * @param exclude tokens {@code [exclude[0], exclude[1])} are the trigger's and never part of an actor
     */
    static Actor build(SentenceView v, Chunk c, int[] exclude) {
        List<Term> in = termsIn(v, c.begin(), c.end(), exclude);
        if (in.isEmpty()) {
            return null;
        }
        Term head = last(in, t -> t.kind() == Term.Kind.ROLE || t.kind() == Term.Kind.NAMED && t.role() != null);
        if (head == null) {
            head = last(in, t -> t.kind() == Term.Kind.NAMED);
        }
        if (head == null) {
            head = last(in, t -> t.kind() == Term.Kind.PLACE);
        }
        if (head == null) {
            head = last(in, t -> t.kind() == Term.Kind.NATIONALITY);
        }
        if (head == null) {
            return null;
        }
        String country = head.country();
        int textBegin = head.tokenBegin();
        if (country == null) {
            Term modifier = null;
            for (int i = in.indexOf(head) - 1; i >= 0; i--) {
                Term t = in.get(i);
                if (head.tokenBegin() - t.tokenEnd() > WINDOW) {
                    break;
                }
                if (t.givesCountry()) {
                    modifier = t;
                    break;
                }
            }
            if (modifier != null) {
                textBegin = modifier.tokenBegin();
                if (!v.anyIn(modifier.tokenEnd(), head.tokenBegin(), FunctionWord.PROXY)
                        && !v.anyIn(modifier.tokenBegin(), modifier.tokenEnd(), FunctionWord.PROXY)) {
                    country = modifier.country();
                }
            } else if (!v.pack.postpositional()) {
                for (Term t : in.subList(in.indexOf(head) + 1, in.size())) {
                    if (t.givesCountry()) {
                        country = t.country();
                        break;
                    }
                }
            }
        }
        String kbId = head.kind() == Term.Kind.NAMED || head.kind() == Term.Kind.PLACE ? head.kbId() : null;
        String role = head.kind() == Term.Kind.NATIONALITY ? null : head.role();
        if (head.kind() == Term.Kind.NATIONALITY) {
            country = head.country();
        }
        return new Actor(v.text(textBegin, head.tokenEnd()), kbId, country, role, textBegin, head.tokenEnd());
    }

    private static List<Term> termsIn(SentenceView v, int begin, int end, int[] exclude) {
        List<Term> out = new ArrayList<>();
        for (Term t : v.terms) {
            boolean inside = t.tokenBegin() >= begin && t.tokenEnd() <= end;
            boolean excluded = exclude != null && t.tokenBegin() < exclude[1] && exclude[0] < t.tokenEnd();
            if (inside && !excluded && t.canBeActor()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Term last(List<Term> terms, java.util.function.Predicate<Term> p) {
        for (int i = terms.size() - 1; i >= 0; i--) {
            if (p.test(terms.get(i))) {
                return terms.get(i);
            }
        }
        return null;
    }
}
