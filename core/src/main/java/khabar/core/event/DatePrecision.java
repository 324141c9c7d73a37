package khabar.core.event;

/** How precisely an event's date is known; {@code event_date} is the first day of that period. */
public enum DatePrecision {
    /** The day is known (جمعرات، Tuesday, 16 جولائی, yesterday). */
    DAY,
    /** Only the week (اس ہفتے, this week, last week): the Monday of that ISO week. */
    WEEK,
    /** Only the month (جنوری میں, in January, last month): its first day. */
    MONTH,
    /** Only the year (2014 میں, in 2014): January 1. */
    YEAR,
    /** No date words in the sentence: {@code event_date} is null. */
    UNKNOWN
}
