package khabar.core.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses the publication times dumps carry (news-please, ISO 8601, RFC 1123); UTC when no zone is given. */
public final class PublicationDates {
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private PublicationDates() {
    }

    /** The instant, or null when {@code s} is blank or in no known form. */
    public static Instant parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
