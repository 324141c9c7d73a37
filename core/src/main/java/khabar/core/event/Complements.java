package khabar.core.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Triggers that only name the topic of another event, or modify an actor noun, and are no event of
 * their own (CAMEO codes the reported act, not what it is about):
 * <ul>
 *   <li>the complement of another trigger in its clause: English — a trigger used as a noun (a noun
 *   trigger, or one with a determiner or preposition at most three words before it) after the other
 *   trigger: "criticised the ruling as <u>an attack</u>", "protest against cross-border <u>attacks</u>",
 *   "calling for a <u>hostage</u> deal"; Urdu — a trigger followed by a genitive or case marker (کا کی کے،
 *   پر کو سے) before the other trigger, when that one is a verb or a noun followed by a light verb
 *   (the clause's predicate): "<u>حملے</u> کا الزام لگایا", "<u>حملوں</u> کی مذمت کی", "<u>گرفتاری</u> پر
 *   احتجاج کیا" — but not "ڈرون <u>حملے</u> کا الزام اردن کے ایک اڈے پر … مارے گئے" (blamed on, a participle); and in Urdu every trigger of a کہ clause right after a strong verb (the content of an appeal,
 *   a threat, a demand: "زور دیا کہ وہ مذاکرات …");</li>
 *   <li>except that an accord verb (agreed, اتفاق کیا: 019) yields to its complement, which says what was
 *   agreed: "agreed to a truce", "جنگ بندی پر اتفاق کیا" are truces;</li>
 *   <li>and that violence does not frame violence: when both are roots 18–20 both stay (one event per
 *   root still applies);</li>
 *   <li>a noun trigger right before a role noun modifies it: "<u>aid</u> workers", "<u>امدادی</u> کارکنوں".</li>
 * </ul>
 * Governors are strong triggers (not weak, not attribution). The words (noun cues, light verbs, کہ) are the
 * language's {@link khabar.core.lang.EventGrammar}. See docs/events.md.
 */
final class Complements {
    static final int ENGLISH_NOUN_CUE_WINDOW = 3;
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    private static final String ACCORD = "019";

    private Complements() {
    }

    /** The triggers of {@code kept} that remain events, in their order. */
    static List<PhraseMatcher.Match<Trigger>> drop(SentenceView v, List<PhraseMatcher.Match<Trigger>> kept) {
        Set<PhraseMatcher.Match<Trigger>> dropped = new HashSet<>();
        for (PhraseMatcher.Match<Trigger> t : kept) {
            if (modifiesRoleNoun(v, t)) {
                dropped.add(t);
                continue;
            }
            for (PhraseMatcher.Match<Trigger> g : kept) {
                if (g == t || !g.value().strong() || bothViolent(g, t) || !governs(v, g, t)) {
                    continue;
                }
                dropped.add(ACCORD.equals(g.value().code().code()) ? g : t);
            }
        }
        List<PhraseMatcher.Match<Trigger>> out = new ArrayList<>(kept);
        out.removeAll(dropped);
        return out;
    }

    private static boolean bothViolent(PhraseMatcher.Match<Trigger> g, PhraseMatcher.Match<Trigger> t) {
        return VIOLENT_ROOTS.contains(g.value().code().root()) && VIOLENT_ROOTS.contains(t.value().code().root());
    }

    private static boolean governs(SentenceView v, PhraseMatcher.Match<Trigger> g, PhraseMatcher.Match<Trigger> t) {
        if (!v.pack.postpositional()) {
            return g.end() <= t.begin() && v.clauseOf[g.begin()] == v.clauseOf[t.begin()] && englishNounUse(v, t);
        }
        if (t.end() <= g.begin() && v.clauseOf[t.begin()] == v.clauseOf[g.begin()] && t.end() < v.size()
                && (g.value().verb() || g.end() < v.size() && v.pack.eventGrammar().lightVerbs().contains(v.keys[g.end()]))
                && (v.is(t.end(), FunctionWord.GENITIVE) || v.is(t.end(), FunctionWord.TARGET)
                || v.is(t.end(), FunctionWord.WITH))) {
            return true;
        }
        return g.value().verb() && g.end() <= t.begin() && thatClauseFollows(v, g.end(), t.begin());
    }

    private static boolean englishNounUse(SentenceView v, PhraseMatcher.Match<Trigger> t) {
        if (!t.value().verb()) {
            return true;
        }
        for (int i = t.begin() - 1; i >= Math.max(0, t.begin() - ENGLISH_NOUN_CUE_WINDOW); i--) {
            if (!v.isWord[i]) {
                return false;
            }
            if (v.pack.eventGrammar().nounCues().contains(v.keys[i])) {
                return true;
            }
        }
        return false;
    }

    /** Urdu: the first clause word after the governor is the complementizer (کہ), before the candidate. */
    private static boolean thatClauseFollows(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!v.isWord[i]) {
                return false;
            }
            if (v.is(i, FunctionWord.CLAUSE)) {
                return v.pack.eventGrammar().complementizer().filter(v.keys[i]::equals).isPresent();
            }
        }
        return false;
    }

    private static boolean modifiesRoleNoun(SentenceView v, PhraseMatcher.Match<Trigger> t) {
        if (t.value().verb()) {
            return false;
        }
        for (Term term : v.terms) {
            if (term.kind() == Term.Kind.ROLE && term.tokenBegin() == t.end()) {
                return true;
            }
        }
        return false;
    }
}
