package khabar.core.text;

import java.util.List;

/**
 * One sentence: its position in the analysed string and its tokens (offsets into the same string).
 *
 * @param index  0-based position of the sentence in its section
 * @param begin  UTF-16 offset of the first char of its first token
 * @param end    UTF-16 offset one past its last token
 * @param tokens the tokens, in order, never empty
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
