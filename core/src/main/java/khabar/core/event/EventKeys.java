package khabar.core.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HexFormat;

/**
 * The two ids of the {@code events} table, each the first 128 bits of a SHA-256 as 32 hex chars.
 * <ul>
 *   <li>{@code event_id}: one row, one mention: article, section, sentence, trigger offset.</li>
 *   <li>{@code event_key}: one real-world event, whatever the sentence, article, source or language that
 *   reports it. Its material is {@code v1|<when>|<root>|<actor1 country>:<actor1 role>|<actor2 ...>|<where>}:
 *   <ul>
 *     <li>when: the ISO week ({@code 2024-W30}) of the event date at DAY or WEEK precision, the month
 *     ({@code 2024-07}) at MONTH, the year at YEAR; for an undated event the ISO week of the reference
 *     (publication, else dump) date; {@code -} when there is none. Weeks, not days, so that "Thursday"
 *     in one report and "this week" or nothing in another still meet;</li>
 *     <li>root: the CAMEO root code, so 190 and 194 codings of one attack meet;</li>
 *     <li>actors: country and role, {@code -} for unknown; never the text;</li>
 *     <li>where: the place's country, else its kb id, else {@code -}.</li>
 *   </ul></li>
 * </ul>
 */
public final class EventKeys {
    static final String VERSION = "v1";

    private EventKeys() {
    }

    /**
     * The id of one event mention.
     *
     * @param articleId        articles.article_id
     * @param section          {@code title} or {@code body}
     * @param sentenceIndex    the sentence of the trigger
     * @param triggerCharBegin UTF-16 offset of the trigger in the section
     */
    public static String eventId(String articleId, String section, int sentenceIndex, int triggerCharBegin) {
        return sha(articleId + "\n" + section + "\n" + sentenceIndex + "\n" + triggerCharBegin);
    }

    /** The event key of a material string made by {@link #keyMaterial}. */
    public static String eventKey(String material) {
        return sha(material);
    }

    /**
     * The readable string the event key hashes (see the class comment).
     *
     * @param eventDate     the event date, or null
     * @param precision     its precision
     * @param referenceDate publication date, else dump date, or null
     */
    public static String keyMaterial(LocalDate eventDate, DatePrecision precision, LocalDate referenceDate, String root,
                                     String actor1Country, String actor1Role, String actor2Country, String actor2Role,
                                     String placeCountry, String placeKbId) {
        String where = placeCountry != null ? placeCountry : placeKbId != null ? placeKbId : "-";
        return String.join("|", VERSION, when(eventDate, precision, referenceDate), root,
                or(actor1Country) + ":" + or(actor1Role), or(actor2Country) + ":" + or(actor2Role), where);
    }

    static String when(LocalDate eventDate, DatePrecision precision, LocalDate referenceDate) {
        if (eventDate == null || precision == DatePrecision.UNKNOWN) {
            return referenceDate == null ? "-" : week(referenceDate);
        }
        return switch (precision) {
            case DAY, WEEK -> week(eventDate);
            case MONTH -> String.format("%04d-%02d", eventDate.getYear(), eventDate.getMonthValue());
            case YEAR -> Integer.toString(eventDate.getYear());
            case UNKNOWN -> throw new IllegalStateException();
        };
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }

    private static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
