package khabar.core.text;

/**
 * One token of a text.
 *
 * @param text       the token exactly as written: {@code source.substring(begin, end)}
 * @param normalized the form NLP works on (Urdu: normalized letters and digits; English: as written)
 * @param begin      UTF-16 offset of the first char in the analysed string
 * @param end        UTF-16 offset one past the last char
 */
public record Token(String text, String normalized, int begin, int end) {
    public Token {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token offsets " + begin + ".." + end);
        }
    }
}
