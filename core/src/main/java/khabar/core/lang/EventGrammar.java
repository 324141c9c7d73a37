package khabar.core.lang;

import java.util.Optional;
import java.util.Set;

/**
 * What the event coder needs to know of a language's grammar, besides its lexicons. Words are lexicon keys
 * ({@link LanguageSupport#lexiconKey}).
 *
 * @param postpositional     true when case markers follow their noun phrase (Urdu), false when prepositions
 *                           precede it and word order gives the roles (English)
 * @param caseSensitiveNames true when weekday and month names must be capitalized (English "may")
 * @param inflectedTriggers  true when trigger patterns are expanded with regular inflections (English
 *                           "attack" also matches "attacks", "attacked")
 * @param nounCues           prepositional languages: words shortly before a verb trigger that make it a noun,
 *                           the topic of another trigger ("protest against <u>attacks</u>")
 * @param lightVerbs         postpositional languages: words right after a noun trigger that make it the
 *                           clause's predicate ("مذمت <u>کی</u>")
 * @param complementizer     postpositional languages: the word that opens the content clause of a strong verb
 *                           ("زور دیا <u>کہ</u> …"); empty when the language has no such rule
 */
public record EventGrammar(boolean postpositional, boolean caseSensitiveNames, boolean inflectedTriggers,
                           Set<String> nounCues, Set<String> lightVerbs, Optional<String> complementizer) {
    public EventGrammar {
        nounCues = Set.copyOf(nounCues);
        lightVerbs = Set.copyOf(lightVerbs);
    }
}
