package khabar.core.quote;

/** A language's attribution rules: they add the quotations of a section to it ({@link SectionText#add}). */
interface QuoteRules {
    void extract(SectionText section);
}
