package khabar.core.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Urdu actor rules, read off the postpositions of the trigger's clause (verb-final, so the actors come
 * before the trigger):
 * <ul>
 *   <li>actor1: the nearest phrase marked by نے (ergative agent), else by کی جانب سے / کی طرف سے
 *   ("by"), else, when the clause is active, the nearest unmarked phrase;</li>
 *   <li>actor2: the nearest phrase marked by پر / کو / کے خلاف, else, in a passive clause (گیا، گئے
 *   after the trigger), the nearest unmarked phrase, else a
 *   partner marked by کے ساتھ / سے (for consult and cooperation roots 03-06 the partner comes first:
 *   X نے Y کے ساتھ Z پر بات چیت کی = X talked with Y about Z);</li>
 *   <li>a phrase ending in a genitive right before the trigger (ایران کے حملے) owns the trigger: the
 *   agent of a noun trigger, never an argument of a verb;</li>
 *   <li>a noun trigger followed by another trigger in its clause is that trigger's object
 *   (X نے حملے کی مذمت کی): it keeps only its possessor and an adjacent پر / کے خلاف phrase.</li>
 * </ul>
 * A patient trigger (مارے گئے، ہلاک ہوئے) takes its unmarked subject as actor2 before any پر phrase
 * (اردن کے ایک اڈے پر تین امریکی فوجی مارے گئے: the soldiers, not Jordan).
 * Only phrases with actor terms count, so dates (بدھ کو) and idioms (فوری طور پر) are skipped.
 */
final class UrduArguments {
    static final int PASSIVE_WINDOW = 3;
    /** Roots whose second actor is a partner (کے ساتھ) before a topic (پر): consult, cooperate. */
    static final java.util.Set<String> PARTNER_ROOTS = java.util.Set.of("03", "04", "05", "06");

    private UrduArguments() {
    }

    static Arguments find(SentenceView v, int begin, int end, Trigger trigger) {
        int[] exclude = {begin, end};
        int clause = v.clauseOf[begin];
        List<Chunk> before = new ArrayList<>();
        for (int i = v.chunks.size() - 1; i >= 0; i--) {
            Chunk c = v.chunks.get(i);
            if (c.clause() == clause && c.end() <= begin) {
                before.add(c);
            }
        }
        boolean passive = trigger.patient() || passive(v, end);
        Chunk agent = first(v, before, FunctionWord.AGENT, exclude, null);
        if (agent == null) {
            agent = first(v, before, FunctionWord.BY, exclude, null);
        }
        Chunk possessor = null;
        if (!before.isEmpty() && before.get(0).end() == begin && before.get(0).unmarked()
                && endsWithGenitive(v, before.get(0))) {
            possessor = before.get(0);
            before.remove(0);
        }
        if (agent == null && !trigger.verb() && possessor != null) {
            agent = ActorBuilder.build(v, possessor, exclude) != null ? possessor : null;
        }
        if (!trigger.verb() && laterTrigger(v, end, clause)) {
            Chunk adjacent = !before.isEmpty() && before.get(0).has(FunctionWord.TARGET)
                    && begin - before.get(0).end() <= 3 ? before.get(0) : null;
            return new Arguments(actor(v, possessor, exclude), actor(v, adjacent, exclude));
        }
        boolean partnerFirst = PARTNER_ROOTS.contains(trigger.code().root());
        Chunk target = trigger.patient() ? first(v, before, null, exclude, agent) : null;
        if (target == null) {
            target = first(v, before, partnerFirst ? FunctionWord.WITH : FunctionWord.TARGET, exclude, agent);
        }
        if (target == null && partnerFirst) {
            target = first(v, before, FunctionWord.TARGET, exclude, agent);
        }
        Chunk unmarked = first(v, before, null, exclude, agent);
        if (agent == null && !passive) {
            agent = unmarked;
        }
        if (target == null && passive) {
            target = unmarked != agent ? unmarked : null;
        }
        if (target == null && !partnerFirst) {
            target = first(v, before, FunctionWord.WITH, exclude, agent);
        }
        return new Arguments(actor(v, agent, exclude), actor(v, target, exclude));
    }

    /** Whether another trigger follows in the clause: a noun trigger before it is its argument (حملے کی مذمت). */
    private static boolean laterTrigger(SentenceView v, int end, int clause) {
        for (PhraseMatcher.Match<Trigger> m : v.triggers) {
            if (m.value().strong() && !m.value().isStop() && m.begin() >= end && v.clauseOf[m.begin()] == clause) {
                return true;
            }
        }
        return false;
    }

    /** "X کی / کا / کے" right before a trigger: X owns the trigger noun (ایران کے حملے), it is not an argument. */
    private static boolean endsWithGenitive(SentenceView v, Chunk c) {
        return v.is(c.end() - 1, FunctionWord.GENITIVE);
    }

    /** Whether a passive auxiliary (گیا، گئے، جائے ...) follows the trigger closely. */
    static boolean passive(SentenceView v, int end) {
        for (int i = end; i < Math.min(v.size(), end + PASSIVE_WINDOW); i++) {
            if (!v.isWord[i]) {
                return false;
            }
            if (v.is(i, FunctionWord.PASSIVE)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest chunk with that marker (null: unmarked) that holds an actor. */
    private static Chunk first(SentenceView v, List<Chunk> chunks, FunctionWord marker, int[] exclude, Chunk not) {
        for (Chunk c : chunks) {
            boolean fits = marker == null ? c.unmarked() && !endsWithGenitive(v, c) : c.has(marker);
            if (fits && c != not && ActorBuilder.build(v, c, exclude) != null) {
                return c;
            }
        }
        return null;
    }

    private static Actor actor(SentenceView v, Chunk c, int[] exclude) {
        return c == null ? null : ActorBuilder.build(v, c, exclude);
    }
}
