package khabar.core.event;

import java.time.LocalDate;

/**
 * A date expression of a sentence, resolved.
 *
 * @param tokenBegin first token
 * @param tokenEnd   one past the last token
 * @param text       as written
 * @param date       first day of the period, null when it cannot be resolved (no reference date)
 * @param precision  DAY, WEEK, MONTH or YEAR
 */
record DateMention(int tokenBegin, int tokenEnd, String text, LocalDate date, DatePrecision precision) {
}
