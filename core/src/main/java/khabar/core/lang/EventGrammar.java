package khabar.core.lang;

/**
 * What the event coder needs to know of a language's grammar, besides its lexicons.
 *
 * @param postpositional     true when case markers follow their noun phrase (Urdu), false when prepositions
 *                           precede it and word order gives the roles (English)
 * @param caseSensitiveNames true when weekday and month names must be capitalized (English "may")
 * @param inflectedTriggers  true when trigger patterns are expanded with regular inflections (English
 *                           "attack" also matches "attacks", "attacked")
 */
public record EventGrammar(boolean postpositional, boolean caseSensitiveNames, boolean inflectedTriggers) {
}
