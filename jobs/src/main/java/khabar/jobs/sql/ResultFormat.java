package khabar.jobs.sql;

import java.util.Locale;

/** How {@code khabar sql} prints its result. */
public enum ResultFormat {
    TABLE, CSV, JSON;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be table, csv or json, not '" + s + "'", e);
        }
    }
}
