package khabar.core.quote;

/**
 * Who said it: an entity mention or a role noun phrase of the section.
 *
 * @param text      as written
 * @param charBegin UTF-16 offset into the section
 * @param charEnd   one past its last char
 * @param kbId      linked id of the mention, null when none
 * @param type      PERSON, ORGANIZATION or ROLE
 */
public record Speaker(String text, int charBegin, int charEnd, String kbId, SpeakerType type) {
}
