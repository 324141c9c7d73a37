package khabar.core.event;

import java.util.ArrayList;
import java.util.List;

import khabar.core.link.LinkSubtype;

/**
 * The place of an event, from its sentence:
 * <ol>
 *   <li>a place phrase (Urdu X میں, English in X / at X / near X) holding a linked location, nearest to
 *   the trigger, its own clause first; in "عراق اور شام میں", "in Iraq and Syria" the first named place,
 *   in "مشرقی شام کے صوبہ دیر الزور میں" the last (the most specific);</li>
 *   <li>else a city, region or site named anywhere in the sentence that is not one of the actors;</li>
 *   <li>else a country named in the sentence that is not one of the actors.</li>
 * </ol>
 * The coder falls back to the dateline when both fail.
 */
final class PlaceFinder {
    private PlaceFinder() {
    }

    static Place find(SentenceView v, int begin, int end, Arguments args) {
        int clause = v.clauseOf[begin];
        Term best = null;
        long bestScore = Long.MAX_VALUE;
        for (Chunk c : v.chunks) {
            if (!c.has(FunctionWord.PLACE)) {
                continue;
            }
            Term t = pick(v, c, args);
            if (t != null) {
                long score = (c.clause() == clause ? 0 : 1000) + distance(c.begin(), c.end(), begin, end);
                if (score < bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            for (Term t : v.terms) {
                boolean specific = t.kind() == Term.Kind.LOCALE || t.kind() == Term.Kind.PLACE
                        && LinkSubtype.CITY.name().equals(t.mention().link().subtype());
                if (specific && !within(t, args.source()) && !within(t, args.target())) {
                    long score = distance(t.tokenBegin(), t.tokenEnd(), begin, end);
                    if (score < bestScore) {
                        best = t;
                        bestScore = score;
                    }
                }
            }
        }
        if (best == null) {
            for (Term t : v.terms) {
                if (t.kind() == Term.Kind.PLACE && !within(t, args.source()) && !within(t, args.target())) {
                    long score = distance(t.tokenBegin(), t.tokenEnd(), begin, end);
                    if (score < bestScore) {
                        best = t;
                        bestScore = score;
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        return new Place(v.text(best.tokenBegin(), best.tokenEnd()), best.kbId(), best.country(), true);
    }

    /** The location term of a place chunk: Urdu: the first of a coordination, else the last; English: the first. */
    private static Term pick(SentenceView v, Chunk c, Arguments args) {
        List<Term> in = new ArrayList<>();
        for (Term t : v.terms) {
            if (t.isLocation() && t.tokenBegin() >= c.begin() && t.tokenEnd() <= c.end()
                    && !within(t, args.source()) && !within(t, args.target())) {
                in.add(t);
            }
        }
        if (in.isEmpty()) {
            return null;
        }
        if (!v.pack.postpositional() || in.size() == 1) {
            return in.get(0);
        }
        Term first = in.get(0);
        Term second = in.get(1);
        return v.anyIn(first.tokenEnd(), second.tokenBegin(), FunctionWord.COORD) ? first : in.get(in.size() - 1);
    }

    private static boolean within(Term t, Actor a) {
        return a != null && t.tokenBegin() >= a.tokenBegin() && t.tokenEnd() <= a.tokenEnd();
    }

    private static long distance(int b1, int e1, int b2, int e2) {
        return e1 <= b2 ? b2 - e1 : e2 <= b1 ? b1 - e2 : 0;
    }
}
