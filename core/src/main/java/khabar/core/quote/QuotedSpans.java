package khabar.core.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of a text between paired quotation marks: “ ” ‘ ’ « » and straight " and '. A single mark (‘ ’ ')
 * opens only at the start of a word and closes only at the end of one, so that apostrophes (Khan's, don’t)
 * are not taken for quotes. Spans do not nest; an unclosed mark opens nothing.
 */
final class QuotedSpans {
    /** One quoted span: offsets of its content (inside the marks). */
    record Span(int begin, int end) {
    }

    private static final String OPEN = "“‘«\"'";
    private static final int MAX_CHARS = 2_000;

    private QuotedSpans() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0 && opens(text, i)) {
                int close = closing(text, i + 1, closer(c));
                if (close > i + 1) {
                    out.add(new Span(i + 1, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static char closer(char open) {
        return switch (open) {
            case '“' -> '”';
            case '‘' -> '’';
            case '«' -> '»';
            default -> open;
        };
    }

    private static boolean single(char c) {
        return c == '\'' || c == '‘' || c == '’';
    }

    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return single(c) || c == '"' ? before && after : after;
    }

    private static int closing(String text, int from, char close) {
        int limit = Math.min(text.length(), from + MAX_CHARS);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == close) {
                boolean wordEnd = j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
                boolean afterText = !Character.isWhitespace(text.charAt(j - 1));
                if (!single(c) && c != '"' || wordEnd && afterText) {
                    return j;
                }
            }
            if (c == '\n' && j + 1 < limit && text.charAt(j + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
