package khabar.core.event;

import khabar.core.text.Mention;

/**
 * A word or mention of a sentence that can name an actor or a place.
 *
 * @param kind       what it is
 * @param tokenBegin first token
 * @param tokenEnd   one past the last token
 * @param role       the actor role of a role noun (or of a named entity holding one), null when none
 * @param country    ISO country of a linked mention, null when none
 * @param kbId       linked id of a mention, null when none
 * @param mention    the mention, null for role nouns
 */
record Term(Kind kind, int tokenBegin, int tokenEnd, String role, String country, String kbId, Mention mention) {
    enum Kind {
        /** A role noun of the roles lexicon (فوجیوں, police). */
        ROLE,
        /** A person or organization mention. */
        NAMED,
        /** A country or city mention: can be an actor (بغداد نے = the Iraqi government) and a place. */
        PLACE,
        /** A region or site mention (صوبہ الانبار, Ain al-Asad): a place, never an actor. */
        LOCALE,
        /** A nationality adjective (امریکی, Iraqi): gives its country to the actor noun it modifies. */
        NATIONALITY
    }

    boolean canBeActor() {
        return kind != Kind.LOCALE;
    }

    boolean isLocation() {
        return kind == Kind.PLACE || kind == Kind.LOCALE;
    }

    boolean givesCountry() {
        return country != null && (kind == Kind.NATIONALITY || kind == Kind.PLACE || kind == Kind.NAMED);
    }

    Term withRole(String newRole) {
        return new Term(kind, tokenBegin, tokenEnd, newRole, country, kbId, mention);
    }
}
