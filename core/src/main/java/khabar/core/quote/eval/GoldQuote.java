package khabar.core.quote.eval;

/**
 * One hand-annotated quotation of a gold paragraph (docs/quotes.md): offsets are UTF-16 into the paragraph.
 * {@code verbBegin} is -1 when the quotation has no verb of its own.
 */
public record GoldQuote(int quoteBegin, int quoteEnd, String kind, int speakerBegin, int speakerEnd,
                        String speakerType, int verbBegin, int verbEnd) {
}
