package khabar.core.quote;

import java.util.Locale;

/** Whether a quotation gives the speaker's words in quotation marks (direct) or reports them (indirect). */
public enum QuoteKind {
    DIRECT, INDIRECT;

    /** The value of the {@code quotes.kind} column: {@code direct} or {@code indirect}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
