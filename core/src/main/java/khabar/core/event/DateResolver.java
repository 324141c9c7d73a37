package khabar.core.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and resolves the date expressions of a sentence against a reference date (publication, else
 * dump date). Rules, in docs/events.md:
 * <ul>
 *   <li>weekday: the most recent such day on or before the reference date; the next one after it when
 *   the sentence is in the future tense;</li>
 *   <li>day and month (16 جولائی, July 16, 16 July 2024): the year given, else the year that puts the
 *   date between 300 days before and 65 days after the reference date;</li>
 *   <li>month alone (جنوری میں, in January): MONTH precision, same year rule;</li>
 *   <li>relative days, weeks, months, years (آج، گزشتہ روز، اس ہفتے، yesterday, last week);</li>
 *   <li>Urdu کل is "yesterday" in a past-tense sentence, "tomorrow" in a future one, nothing otherwise;</li>
 *   <li>a year (2014 میں, in 2014): YEAR precision.</li>
 * </ul>
 */
final class DateResolver {
    static final int FUTURE_DAYS = 65;
    static final int PAST_DAYS = 300;

    private DateResolver() {
    }

    /** The date expression nearest to tokens {@code [begin, end)}, or null. */
    static DateMention nearest(List<DateMention> dates, int begin, int end) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int distance = d.tokenEnd() <= begin ? begin - d.tokenEnd() : d.tokenBegin() >= end ? d.tokenBegin() - end : 0;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every date expression of the sentence, in text order. */
    static List<DateMention> find(SentenceView v, LocalDate ref) {
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[v.size()];
        int tense = tense(v);
        for (PhraseMatcher.Match<DateWord> m : v.pack.dates().findAll(v.keys, v.isWord)) {
            DateMention d = resolve(v, m, ref, tense);
            if (d != null) {
                out.add(d);
                for (int i = d.tokenBegin(); i < d.tokenEnd(); i++) {
                    used[i] = true;
                }
            }
        }
        for (int i = 0; i < v.size(); i++) {
            int year = number(v.keys[i]);
            boolean marked = v.pack.postpositional() ? v.is(i + 1, FunctionWord.YEAR_AFTER) || v.keys[i].endsWith("ء")
                    : v.is(i - 1, FunctionWord.YEAR_BEFORE);
            if (!used[i] && year >= 1900 && year <= 2100 && marked) {
                out.add(new DateMention(i, i + 1, v.text(i, i + 1), LocalDate.of(year, 1, 1), DatePrecision.YEAR));
            }
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::tokenBegin));
        return out;
    }

    private static DateMention resolve(SentenceView v, PhraseMatcher.Match<DateWord> m, LocalDate ref, int tense) {
        DateWord w = m.value();
        int b = m.begin();
        int e = m.end();
        boolean name = w.kind() == DateWord.Kind.WEEKDAY || w.kind() == DateWord.Kind.MONTH;
        if (name && v.pack.caseSensitiveNames() && !Character.isUpperCase(v.tokens.get(b).text().charAt(0))) {
            return null;
        }
        LocalDate date = null;
        DatePrecision precision;
        switch (w.kind()) {
            case NONE -> {
                return null;
            }
            case WEEKDAY -> {
                precision = DatePrecision.DAY;
                if (ref != null) {
                    DayOfWeek day = DayOfWeek.of(w.value());
                    date = tense > 0 ? ref.with(TemporalAdjusters.next(day)) : ref.with(TemporalAdjusters.previousOrSame(day));
                }
            }
            case MONTH -> {
                int day = b > 0 ? day(v.keys[b - 1]) : -1;
                if (day > 0) {
                    b--;
                } else if (e < v.size() && day(v.keys[e]) > 0) {
                    day = day(v.keys[e]);
                    e++;
                }
                int yearAt = e < v.size() && v.keys[e].equals(",") ? e + 1 : e;
                int year = yearAt < v.size() ? number(v.keys[yearAt]) : -1;
                if (year >= 1900 && year <= 2100) {
                    e = yearAt + 1;
                } else {
                    year = -1;
                }
                if (day < 0 && v.keys[m.begin()].equals("may") && year < 0) {
                    return null;
                }
                precision = day > 0 ? DatePrecision.DAY : DatePrecision.MONTH;
                date = monthDate(w.value(), day, year, ref);
            }
            case DAY -> {
                precision = DatePrecision.DAY;
                date = ref == null ? null : ref.plusDays(w.value());
            }
            case DAY_TENSE -> {
                if (tense == 0) {
                    return null;
                }
                precision = DatePrecision.DAY;
                date = ref == null ? null : ref.plusDays((long) tense * w.value());
            }
            case WEEK -> {
                precision = DatePrecision.WEEK;
                date = ref == null ? null : ref.plusWeeks(w.value()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            }
            case MONTH_REL -> {
                precision = DatePrecision.MONTH;
                date = ref == null ? null : ref.plusMonths(w.value()).withDayOfMonth(1);
            }
            case YEAR_REL -> {
                precision = DatePrecision.YEAR;
                date = ref == null ? null : LocalDate.of(ref.getYear() + w.value(), 1, 1);
            }
            default -> throw new IllegalStateException("unhandled date kind " + w.kind());
        }
        return new DateMention(b, e, v.text(b, e), date, precision);
    }

    /** Day {@code day} (or the 1st when -1) of month {@code month}, in {@code year} or the year the window picks. */
    static LocalDate monthDate(int month, int day, int year, LocalDate ref) {
        try {
            if (year > 0) {
                return LocalDate.of(year, month, Math.max(day, 1));
            }
            if (ref == null) {
                return null;
            }
            int y = ref.getYear();
            LocalDate candidate = LocalDate.of(y, month, Math.max(day, 1));
            if (candidate.isAfter(ref.plusDays(FUTURE_DAYS))) {
                candidate = LocalDate.of(y - 1, month, Math.max(day, 1));
            } else if (candidate.plusMonths(day > 0 ? 0 : 1).isBefore(ref.minusDays(PAST_DAYS))) {
                candidate = LocalDate.of(y + 1, month, Math.max(day, 1));
            }
            return candidate;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** +1 future tense, -1 past tense, 0 unknown: from the sentence's auxiliaries. */
    static int tense(SentenceView v) {
        boolean past = false;
        for (int i = 0; i < v.size(); i++) {
            if (v.is(i, FunctionWord.FUTURE)) {
                return 1;
            }
            past |= v.is(i, FunctionWord.PAST);
        }
        return past ? -1 : 0;
    }

    private static int day(String key) {
        String k = key.replaceAll("(st|nd|rd|th|ویں)$", "");
        int n = number(k);
        return n >= 1 && n <= 31 ? n : -1;
    }

    /** The value of a token made of digits (any script; a trailing ء allowed), or -1. */
    static int number(String key) {
        String k = key.endsWith("ء") ? key.substring(0, key.length() - 1) : key;
        if (k.isEmpty() || k.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < k.length(); i++) {
            int d = Character.digit(k.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }
}
