package khabar.core.nlp;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import khabar.core.text.Analysis;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;
import khabar.core.text.Token;

/**
 * Tokens and sentences for any language, from ICU's rule-based break iterators (UAX #29 words and
 * sentences, with the language's tailoring where ICU has one); no entities. Text is never rewritten:
 * tokens are substrings of the input.
 */
public final class BasicAnalyzer implements TextAnalyzer {
    private final String language;
    private final ULocale locale;

    BasicAnalyzer(String language) {
        this.language = language;
        this.locale = new ULocale(language);
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Analysis analyze(String text) {
        if (text == null || text.isBlank()) {
            return Analysis.EMPTY;
        }
        BreakIterator sentenceBreaks = BreakIterator.getSentenceInstance(locale);
        BreakIterator wordBreaks = BreakIterator.getWordInstance(locale);
        sentenceBreaks.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = sentenceBreaks.first();
        for (int end = sentenceBreaks.next(); end != BreakIterator.DONE; start = end, end = sentenceBreaks.next()) {
            List<Token> tokens = tokens(text, start, end, wordBreaks);
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
                        tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return new Analysis(sentences, List.of());
    }

    private static List<Token> tokens(String text, int from, int to, BreakIterator words) {
        words.setText(text.substring(from, to));
        List<Token> tokens = new ArrayList<>();
        int s = words.first();
        for (int e = words.next(); e != BreakIterator.DONE; s = e, e = words.next()) {
            String t = text.substring(from + s, from + e);
            if (!t.isBlank()) {
                tokens.add(new Token(t, t, from + s, from + e));
            }
        }
        return tokens;
    }
}
