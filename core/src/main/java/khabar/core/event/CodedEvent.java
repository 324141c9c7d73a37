package khabar.core.event;

import java.time.LocalDate;

/**
 * One coded event mention: the columns of the {@code events} table except article_id, dump_date,
 * language, section and event_id, which the caller knows (see {@link EventKeys#eventId}).
 *
 * @param eventKey         groups mentions of one real-world event across sentences, articles and
 *                         sources ({@link EventKeys#eventKey})
 * @param sentenceIndex    the sentence of the trigger
 * @param eventCode        CAMEO code ({@code 190}, {@code 0871})
 * @param eventRoot        CAMEO root ({@code 19})
 * @param eventLabel       English label of the code
 * @param quadClass        1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein        Goldstein score of the code, -10..10
 * @param trigger          the trigger as written
 * @param triggerCharBegin UTF-16 offset of the trigger in the section
 * @param triggerCharEnd   UTF-16 offset one past the trigger
 * @param actor1Text       source actor (who acts) as written, or null
 * @param actor1KbId       linked id of the source actor when it is itself a linked entity, or null
 * @param actor1Country    ISO 3166-1 alpha-2 country of the source actor, or null
 * @param actor1Role       role of the source actor (GOV, MIL, COP, REB, ...), or null
 * @param actor2Text       target actor (acted upon) as written, or null
 * @param actor2KbId       linked id of the target actor, or null
 * @param actor2Country    country of the target actor, or null
 * @param actor2Role       role of the target actor, or null
 * @param locationText     place of the event as written (sentence, else dateline), or null
 * @param locationKbId     linked id of the place, or null
 * @param locationCountry  country of the place, or null
 * @param eventDate        first day of the period the event happened in, or null when unknown
 * @param eventDateText    the words the date was resolved from, or null
 * @param datePrecision    how precise {@code eventDate} is
 * @param confidence       0..1, how sure the coder is
 * @param coder            coder and lexicon version ({@code khabar-lex-ur/1})
 */
public record CodedEvent(String eventKey, int sentenceIndex, String eventCode, String eventRoot, String eventLabel,
                         int quadClass, double goldstein, String trigger, int triggerCharBegin, int triggerCharEnd,
                         String actor1Text, String actor1KbId, String actor1Country, String actor1Role,
                         String actor2Text, String actor2KbId, String actor2Country, String actor2Role,
                         String locationText, String locationKbId, String locationCountry,
                         LocalDate eventDate, String eventDateText, DatePrecision datePrecision,
                         double confidence, String coder) {
}
