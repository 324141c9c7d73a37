package khabar.core.link;

import khabar.core.text.Token;

import java.util.ArrayList;
import java.util.List;

/** A minimal tokenizer for the linker tests: runs of letters and digits, and each punctuation mark alone. */
final class TestTokens {
    private static final String PUNCTUATION = "۔،؟؛!?,:;\"“”()[]–—";

    private TestTokens() {
    }

    /** Splits at white space and around the punctuation marks (Urdu ۔ ، ؟ included). */
    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                out.add(token(text, i, i + 1));
                i++;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && PUNCTUATION.indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                out.add(token(text, i, j));
                i = j;
            }
        }
        return out;
    }

    /** One token per word, as given (a word may hold punctuation, as CoreNLP's U.S. does). */
    static List<Token> words(String... words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Token(w, w, at, at + w.length()));
            at += w.length() + 1;
        }
        return out;
    }

    /** The text of tokens {@code [begin, end)}, joined by spaces. */
    static String text(List<Token> tokens, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < end; i++) {
            b.append(i > begin ? " " : "").append(tokens.get(i).text());
        }
        return b.toString();
    }

    private static Token token(String text, int begin, int end) {
        String t = text.substring(begin, end);
        return new Token(t, t, begin, end);
    }
}
