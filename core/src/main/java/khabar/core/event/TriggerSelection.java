package khabar.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which triggers of a sentence become events:
 * <ol>
 *   <li>stop phrases and negated triggers go (Urdu: نہیں / نہ within three words after the trigger;
 *   English: not, no, never, n't within two words before it);</li>
 *   <li>weak triggers (killed, ہلاک, war) go when a strong trigger is in the sentence;</li>
 *   <li>attribution triggers (said, کہا) go when anything else is coded outside quotes: the speaker of
 *   "X said rockets were fired" is a source, not an actor; "X said: «we agreed»" keeps both;</li>
 *   <li>complements go: the topic of another trigger ("condemned the attack", "حملوں کی مذمت") and a
 *   trigger that modifies a role noun ("aid workers"), see {@link Complements};</li>
 *   <li>one event per root code and sentence: the best trigger of a root wins (outside quotes, verb,
 *   specific code, longer, earlier), so "attack with a drone and three rockets" is one event.</li>
 * </ol>
 */
final class TriggerSelection {
    static final int URDU_NEGATION_WINDOW = 3;
    static final int ENGLISH_NEGATION_WINDOW = 2;

    private TriggerSelection() {
    }

    static List<PhraseMatcher.Match<Trigger>> select(SentenceView v) {
        List<PhraseMatcher.Match<Trigger>> candidates = new ArrayList<>();
        for (PhraseMatcher.Match<Trigger> m : v.triggers) {
            if (!m.value().isStop() && !negated(v, m)) {
                candidates.add(m);
            }
        }
        boolean strong = candidates.stream().anyMatch(m -> m.value().strong());
        List<PhraseMatcher.Match<Trigger>> kept = new ArrayList<>();
        for (PhraseMatcher.Match<Trigger> m : candidates) {
            if (!m.value().weak() || !strong) {
                kept.add(m);
            }
        }
        boolean codedOutsideQuotes = kept.stream().anyMatch(m -> !m.value().report() && !v.inQuote[m.begin()]);
        if (codedOutsideQuotes) {
            kept.removeIf(m -> m.value().report());
        }
        kept = Complements.drop(v, kept);
        Map<String, PhraseMatcher.Match<Trigger>> byRoot = new LinkedHashMap<>();
        Comparator<PhraseMatcher.Match<Trigger>> better = ranking(v);
        for (PhraseMatcher.Match<Trigger> m : kept) {
            byRoot.merge(m.value().code().root(), m, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        List<PhraseMatcher.Match<Trigger>> out = new ArrayList<>(byRoot.values());
        out.sort(Comparator.comparingInt(PhraseMatcher.Match::begin));
        return out;
    }

    /** Orders matches best first. */
    private static Comparator<PhraseMatcher.Match<Trigger>> ranking(SentenceView v) {
        return Comparator.<PhraseMatcher.Match<Trigger>>comparingInt(m -> v.inQuote[m.begin()] ? 1 : 0)
                .thenComparingInt(m -> m.value().verb() ? 0 : 1)
                .thenComparingInt(m -> specific(m.value().code().code()) ? 0 : 1)
                .thenComparingInt(m -> -(m.end() - m.begin()))
                .thenComparingInt(PhraseMatcher.Match::begin);
    }

    private static boolean specific(String code) {
        return code.length() == 4 || code.charAt(2) != '0';
    }

    static boolean negated(SentenceView v, PhraseMatcher.Match<Trigger> m) {
        if (v.pack.postpositional()) {
            for (int i = m.end(); i < Math.min(v.size(), m.end() + URDU_NEGATION_WINDOW); i++) {
                if (!v.isWord[i]) {
                    return false;
                }
                if (v.is(i, FunctionWord.NEGATION)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = m.begin() - 1; i >= Math.max(0, m.begin() - ENGLISH_NEGATION_WINDOW); i--) {
            if (v.is(i, FunctionWord.NEGATION)) {
                return true;
            }
        }
        return false;
    }
}
