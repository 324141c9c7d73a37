/**
 * Scores the event coder against hand-coded gold sentences: {@link khabar.core.event.eval.EventGoldReader} reads
 * the gold format, {@link khabar.core.event.eval.EventEvaluation} runs the real pipeline (analyzer with NER and
 * linker, then {@link khabar.core.event.EventCoder}) on each sentence, {@link khabar.core.event.eval.EventMatcher}
 * pairs coded and gold events, {@link khabar.core.event.eval.EventEvalReport} gives precision, recall and
 * accuracies. See docs/events.md, "Quality and cost".
 */
package khabar.core.event.eval;
