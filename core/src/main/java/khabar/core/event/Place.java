package khabar.core.event;

/**
 * Where an event happened.
 *
 * @param text    as written (sentence or dateline)
 * @param kbId    linked id, or null
 * @param country ISO 3166-1 alpha-2 country, or null
 * @param fromSentence true when found in the sentence, false when it is the dateline's
 */
record Place(String text, String kbId, String country, boolean fromSentence) {
}
