package khabar.core.lang;

/**
 * Which quotation rules a language takes ({@code khabar.core.quote}): postpositional attribution with an agent
 * marker (Urdu: X نے کہا کہ …) or English's (X said …, "…," said X). Its cue words live in
 * {@code khabar/quotes/quotes-<language>.tsv}.
 */
public enum QuoteGrammar {
    POSTPOSITIONAL, ENGLISH
}
