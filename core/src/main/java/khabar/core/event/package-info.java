/**
 * CAMEO event coding without translation: per-language lexicons of trigger words and actor nouns, a few
 * grammar rules per language (Urdu postpositions, English word order) and date rules turn a sentence
 * with linked entity mentions into coded events (who did what to whom, where, when).
 *
 * <p>Entry point: {@link khabar.core.event.EventCoder#forLanguage(String)} and
 * {@link khabar.core.event.EventCoder#code(EventInput)}; ids: {@link khabar.core.event.EventKeys}. The
 * approach, the lexicon formats and the limits are described in {@code docs/events.md}.
 */
package khabar.core.event;
