package khabar.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English actor rules, read off word order in the trigger's clause (no parser):
 * <ul>
 *   <li>the subject is the nearest phrase before the trigger that no preposition introduces; the object
 *   is the first phrase after it, unmarked or introduced by against / on / at / with / to;</li>
 *   <li>active: actor1 = subject (else a "by" phrase), actor2 = object;</li>
 *   <li>passive (was, were, been ... before a participle; or a patient trigger such as "died"):
 *   actor1 = the "by" phrase after the trigger, actor2 = the subject.</li>
 * </ul>
 */
final class EnglishArguments {
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shot", "hit", "struck", "held", "met",
            "seen", "taken", "beaten", "caught", "thrown", "sent", "led", "fought", "freed", "withdrawn", "spoken");

    private EnglishArguments() {
    }

    static Arguments find(SentenceView v, int begin, int end, Trigger trigger) {
        int[] exclude = {begin, end};
        int clause = v.clauseOf[begin];
        List<Chunk> before = new ArrayList<>();
        List<Chunk> after = new ArrayList<>();
        int previous = 0;
        int next = v.size();
        for (PhraseMatcher.Match<Trigger> m : v.triggers) {
            if (!m.value().isStop() && m.end() <= begin) {
                previous = Math.max(previous, m.end());
            } else if (!m.value().isStop() && m.begin() >= end && !(m.value().weak() && m.begin() == end)) {
                next = Math.min(next, m.begin());
            }
        }
        for (int i = v.chunks.size() - 1; i >= 0; i--) {
            Chunk c = v.chunks.get(i);
            if (c.clause() == clause && c.end() <= begin && c.begin() >= previous) {
                before.add(c);
            }
        }
        for (Chunk c : v.chunks) {
            if (c.clause() == clause && c.begin() >= end && c.end() <= next) {
                after.add(c);
            }
        }
        Actor subject = null;
        for (Chunk c : before) {
            if (c.unmarked() && (subject = build(v, c, exclude)) != null) {
                break;
            }
        }
        Actor object = null;
        Actor by = null;
        for (int i = 0; i < after.size(); i++) {
            Chunk c = after.get(i);
            if (by == null && c.has(FunctionWord.BY)) {
                by = build(v, c, exclude);
            }
            boolean objectLike = c.unmarked() || c.has(FunctionWord.TARGET) || c.has(FunctionWord.WITH)
                    || c.markers().contains(FunctionWord.PREPOSITION) && v.keys[c.begin() - 1].equals("to");
            if (object == null && i <= 1 && objectLike && !c.has(FunctionWord.BY)) {
                object = build(v, c, exclude);
            }
        }
        boolean passive = trigger.patient() || passive(v, begin);
        if (passive) {
            return new Arguments(by, subject);
        }
        return new Arguments(subject != null ? subject : by, object);
    }

    private static Actor build(SentenceView v, Chunk c, int[] exclude) {
        return ActorBuilder.build(v, c, exclude);
    }

    /** A form of "be" (adverbs and negation may stand between) before a participle trigger. */
    static boolean passive(SentenceView v, int begin) {
        String first = v.keys[begin];
        boolean participle = first.endsWith("ed") || first.endsWith("en") || first.endsWith("wn")
                || IRREGULAR_PARTICIPLES.contains(first.toLowerCase(Locale.ROOT));
        if (!participle) {
            return false;
        }
        for (int i = begin - 1; i >= Math.max(0, begin - 4); i--) {
            if (v.is(i, FunctionWord.PASSIVE)) {
                return true;
            }
            boolean skippable = v.is(i, FunctionWord.ADVERB) || v.is(i, FunctionWord.NEGATION)
                    || v.keys[i].endsWith("ly");
            if (!skippable) {
                return false;
            }
        }
        return false;
    }
}
