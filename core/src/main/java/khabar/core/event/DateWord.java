package khabar.core.event;

/**
 * One line of a date-word file ({@code dates-<lang>.tsv}).
 *
 * @param kind  what the words mean
 * @param value the day of week (1 = Monday), month (1..12) or offset the kind needs
 */
record DateWord(Kind kind, int value) {
    enum Kind {
        /** A day of the week, 1 Monday .. 7 Sunday. */
        WEEKDAY,
        /** A month name, 1..12. */
        MONTH,
        /** A day relative to the reference date (today 0, yesterday -1). */
        DAY,
        /** A day back (past tense) or forward (future tense) by value, unknown otherwise (Urdu کل). */
        DAY_TENSE,
        /** A week relative to the reference week. */
        WEEK,
        /** A month relative to the reference month. */
        MONTH_REL,
        /** A year relative to the reference year. */
        YEAR_REL,
        /** A look-alike that is not a date (Urdu کل تعداد, "the total number"). */
        NONE
    }
}
