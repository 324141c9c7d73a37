package khabar.core.ner;

import java.util.Locale;

/** The layouts of gold NER files that {@link GoldReader} reads. */
public enum GoldFormat {
    /**
     * {@code token<TAB>tag} a line, a blank line between sentences (IL-NER, CoNLL-like exports). Tokens
     * joined with {@code _} are split there and their tag spread over the pieces.
     */
    BIO,
    /** CoNLL-2003: {@code token POS chunk tag} a line, {@code -DOCSTART-} lines, IOB1 or IOB2. */
    CONLL2003;

    /** Parses {@code bio} or {@code conll2003} (case-insensitive, {@code conll} accepted too). */
    public static GoldFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "bio", "iob", "io" -> BIO;
            case "conll2003", "conll", "conll03" -> CONLL2003;
            default -> throw new IllegalArgumentException(
                    "unknown gold format '" + name + "': use bio or conll2003");
        };
    }
}
