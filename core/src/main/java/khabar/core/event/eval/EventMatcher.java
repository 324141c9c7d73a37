package khabar.core.event.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import khabar.core.event.CodedEvent;

/**
 * Pairs the coder's events of one gold sentence with its gold events, one to one:
 * <ol>
 *   <li>gold events with the fewest allowed roots first, each takes the first free predicted event whose
 *   root it allows, preferring one whose full code it allows too: these pairs agree on the root;</li>
 *   <li>the gold and predicted events left over are paired in text order: the event was detected, with a
 *   wrong root.</li>
 * </ol>
 * What is still left is missed (gold) or spurious (predicted).
 */
public final class EventMatcher {
    /** A gold event and the predicted event paired with it. */
    public record Pair(GoldEvent gold, CodedEvent predicted, boolean rootAgrees) {
    }

    /** The outcome for one sentence. */
    public record SentenceMatch(GoldEventSentence sentence, List<CodedEvent> predicted, List<Pair> pairs,
                                List<GoldEvent> missed, List<CodedEvent> spurious) {
        public long rootPairs() {
            return pairs.stream().filter(Pair::rootAgrees).count();
        }
    }

    private EventMatcher() {
    }

    public static SentenceMatch match(GoldEventSentence sentence, List<CodedEvent> predicted) {
        List<CodedEvent> free = new ArrayList<>(predicted);
        List<GoldEvent> golds = new ArrayList<>(sentence.events());
        golds.sort(Comparator.comparingInt(g -> g.roots().size()));
        List<Pair> pairs = new ArrayList<>();
        List<GoldEvent> unpaired = new ArrayList<>();
        for (GoldEvent g : golds) {
            CodedEvent best = null;
            for (CodedEvent e : free) {
                if (g.allowsRoot(e.eventRoot()) && (best == null || g.allowsCode(e.eventCode()) && !g.allowsCode(best.eventCode()))) {
                    best = e;
                }
            }
            if (best != null) {
                free.remove(best);
                pairs.add(new Pair(g, best, true));
            } else {
                unpaired.add(g);
            }
        }
        unpaired.sort(Comparator.comparingInt(GoldEvent::line));
        List<GoldEvent> missed = new ArrayList<>();
        for (GoldEvent g : unpaired) {
            if (free.isEmpty()) {
                missed.add(g);
            } else {
                pairs.add(new Pair(g, free.remove(0), false));
            }
        }
        return new SentenceMatch(sentence, List.copyOf(predicted), pairs, missed, free);
    }
}
