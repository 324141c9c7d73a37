package khabar.core.event;

/** The categories of the grammar files ({@code grammar-<lang>.tsv}): what a function word tells the rules. */
enum FunctionWord {
    /** Marks the agent (Urdu نے). */
    AGENT,
    /** Marks the one acted upon (Urdu پر، کو، کے خلاف; English against, on, at). */
    TARGET,
    /** Marks a partner (Urdu کے ساتھ، سے; English with). */
    WITH,
    /** Marks the agent of a passive (Urdu کی جانب سے; English by). */
    BY,
    /** Marks a place (Urdu میں; English in, at, near). */
    PLACE,
    /** Any other preposition (English): opens a phrase that is not an actor. */
    PREPOSITION,
    /** Starts a new clause (Urdu کہ، لیکن; English that, but). */
    CLAUSE,
    /** A passive auxiliary (Urdu گیا after the verb; English was, were before it). */
    PASSIVE,
    /** An adverb that may stand between an auxiliary and its verb (English). */
    ADVERB,
    /** Negation (نہیں، not). */
    NEGATION,
    /** Between a country and an actor noun, says the country is not the actor's (حمایت یافتہ, backed). */
    PROXY,
    /** Coordination (اور، and). */
    COORD,
    /** Genitive (کا کی کے, 's). */
    GENITIVE,
    /** Past-tense markers. */
    PAST,
    /** Future-tense markers. */
    FUTURE,
    /** Words after a year that make it a date (Urdu 2014 میں). */
    YEAR_AFTER,
    /** Words before a year that make it a date (English in 2014). */
    YEAR_BEFORE;

    static FunctionWord parse(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
