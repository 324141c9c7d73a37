package khabar.core.event;

/**
 * An actor found for an event.
 *
 * @param text       as written
 * @param kbId       linked id when the actor itself is a linked entity (a country, city, organization)
 * @param country    ISO 3166-1 alpha-2 country, or null
 * @param role       role code (GOV, MIL, ...), or null
 * @param tokenBegin first token of {@code text}
 * @param tokenEnd   one past its last token
 */
record Actor(String text, String kbId, String country, String role, int tokenBegin, int tokenEnd) {
    /** Whether it says anything an analyst can group by (a country or a role). */
    boolean coded() {
        return country != null || role != null;
    }
}
