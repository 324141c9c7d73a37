package khabar.core.quote;

/**
 * One quotation of a section.
 *
 * @param sentenceIndex the sentence the quote begins in
 * @param charBegin     UTF-16 offset of the quote's first char in the section (inside the quotation marks of a
 *                      direct quote; the reported clause of an indirect one, without کہ / that)
 * @param charEnd       one past its last char (final stop excluded)
 * @param text          the quote: {@code section.substring(charBegin, charEnd)}
 * @param speaker       who said it
 * @param verb          the reporting verb as written (کہا, کے مطابق, said, according to); null for a quoted
 *                      span that continues the previous quotation's words without a verb of its own
 * @param kind          direct or indirect
 */
public record Quote(int sentenceIndex, int charBegin, int charEnd, String text, Speaker speaker, String verb,
                    QuoteKind kind) {
}
