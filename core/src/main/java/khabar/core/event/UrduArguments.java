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
 *   after the trigger) or for a patient trigger (ہلاک ہوئے), the nearest unmarked phrase, else a
 *   partner marked by کے ساتھ / سے.</li>
 * </ul>
 * Only phrases with actor terms count, so dates (بدھ کو) and idioms (فوری طور پر) are skipped.
 */
final class UrduArguments {
    static final int PASSIVE_WINDOW = 3;

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
        Chunk target = first(v, before, FunctionWord.TARGET, exclude, null);
        Chunk unmarked = first(v, before, null, exclude, null);
        if (agent == null && !passive) {
            agent = unmarked;
        }
        if (target == null && passive) {
            target = unmarked != agent ? unmarked : null;
        }
        if (target == null) {
            target = first(v, before, FunctionWord.WITH, exclude, agent);
        }
        return new Arguments(actor(v, agent, exclude), actor(v, target, exclude));
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
            boolean fits = marker == null ? c.unmarked() : c.has(marker);
            if (fits && c != not && ActorBuilder.build(v, c, exclude, null) != null) {
                return c;
            }
        }
        return null;
    }

    private static Actor actor(SentenceView v, Chunk c, int[] exclude) {
        return c == null ? null : ActorBuilder.build(v, c, exclude, null);
    }
}
